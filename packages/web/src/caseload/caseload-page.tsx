import { Center, Loader, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { useMe } from "../api/auth-api.ts";
import { type TCompanion, useCompanions, useHandovers } from "../api/caseload-api.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { CaseloadMapSection } from "./caseload-map-section.tsx";
import { CompanionDrawer } from "./companion-drawer.tsx";
import { CompanionTable } from "./companion-table.tsx";
import { HandoverForm } from "./handover-form.tsx";
import { HandoverList } from "./handover-list.tsx";
import { HandoverPage } from "./handover-page.tsx";
import { MyCaseload } from "./my-caseload.tsx";
import { NormsForm } from "./norms-form.tsx";

/**
 * Companions' caseloads. A manager (Dinas Sosial) sees the table of loads against the norm, the map of
 * served desa, the handover form and the handovers; a companion sees "Dampingan saya". One handover
 * opens as `?pengalihan=<id>`.
 */
export function CaseloadPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const [params] = useSearchParams();
  const handoverId = params.get("pengalihan");
  if (!me?.permissions.includes("caseload.read")) return <Text>{t("caseload.notAllowed")}</Text>;
  if (handoverId) return <HandoverPage id={handoverId} />;
  const manager = me.permissions.includes("caseload.manage");
  return (
    <Stack maw={1100} gap="lg">
      <Title order={2}>{t("menu.pendamping")}</Title>
      {manager ? <ManagerView /> : <MyCaseload userId={me.id} />}
    </Stack>
  );
}

function ManagerView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const companions = useCompanions();
  const handovers = useHandovers();
  const [opened, setOpened] = useState<TCompanion | null>(null);
  return (
    <>
      <CompanionDrawer companion={opened} onClose={() => setOpened(null)} />
      <Stack gap="xs">
        <Title order={3}>{t("caseload.companions.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("caseload.companions.hint")}
        </Text>
        {companions.error && <ProblemAlert error={companions.error} />}
        {companions.isPending ? (
          <Center p="md">
            <Loader size="sm" aria-label={t("app.loading")} />
          </Center>
        ) : (
          <CompanionTable companions={companions.data?.items ?? []} onOpen={setOpened} />
        )}
      </Stack>
      <CaseloadMapSection />
      {companions.data && (
        <HandoverForm
          companions={companions.data.items}
          onDone={(id) => navigate(`/pendamping?pengalihan=${id}`)}
        />
      )}
      <Stack gap="xs">
        <Title order={3}>{t("caseload.handovers.title")}</Title>
        {handovers.error && <ProblemAlert error={handovers.error} />}
        <HandoverList handovers={handovers.data?.items ?? []} empty={t("caseload.handovers.empty")} />
      </Stack>
      <NormsForm />
    </>
  );
}
