import { Center, Loader, Stack, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useHandovers, useMyCaseload } from "../api/caseload-api.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { CaseloadDetail } from "./caseload-detail.tsx";
import { HandoverList } from "./handover-list.tsx";

/** "Dampingan saya": the handovers the caller must still tell families about, then its desa and families. */
export function MyCaseload({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const mine = useMyCaseload(page);
  const handovers = useHandovers();
  const toTell = (handovers.data?.items ?? []).filter(
    (h) => h.ke.userId === userId && h.informed < h.families,
  );
  if (mine.isPending) {
    return (
      <Center p="lg">
        <Loader size="sm" aria-label={t("app.loading")} />
      </Center>
    );
  }
  if (mine.error) return <ProblemAlert error={mine.error} />;
  return (
    <Stack gap="md" data-testid="my-caseload">
      <Title order={3}>{t("caseload.mine.title")}</Title>
      <Stack gap="xs">
        <Title order={4}>{t("caseload.handovers.toTell")}</Title>
        <HandoverList handovers={toTell} empty={t("caseload.handovers.noneToTell")} />
      </Stack>
      <CaseloadDetail caseload={mine.data} page={page} onPage={setPage} />
    </Stack>
  );
}
