import { type TPermission, usulanStatuses } from "@kawal/core";
import { Button, Chip, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/auth-api.ts";
import { type TUsulanFilter, useUsulanList } from "../api/usulan-api.ts";
import { PagedList } from "../ui/paged-list.tsx";
import { useCursorPages } from "../ui/use-cursor-pages.ts";
import { NewFamilyForm } from "./new-family-form.tsx";
import { UsulanCard } from "./usulan-card.tsx";
import { UsulanExport } from "./usulan-export.tsx";
import { useUsulanLabels } from "./usulan-labels.ts";

type TView = TUsulanFilter["view"];

const stepPermissions: readonly TPermission[] = ["usulan.deliberate", "usulan.verify", "usulan.approve"];

/**
 * Proposals of the user's area by status. Roles that take a step start on "waiting for me", which
 * is what their day is about; the others start on the newest proposals.
 */
export function UsulanPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const labels = useUsulanLabels();
  const takesSteps = stepPermissions.some((permission) => me?.permissions.includes(permission));
  const [view, setView] = useState<TView>(takesSteps ? "aksi" : "diusulkan");
  const pages = useCursorPages();
  const list = useUsulanList({ view, cursor: pages.cursor });
  const [creating, setCreating] = useState(false);
  const phone = useMediaQuery("(max-width: 36em)");
  if (!me?.permissions.includes("registry.read")) return <Text>{t("usulan.notAllowed")}</Text>;
  const canPropose = me.permissions.includes("usulan.propose");
  const views: TView[] = takesSteps ? ["aksi", ...usulanStatuses] : [...usulanStatuses];

  return (
    <Stack maw={820}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={2}>{t("usulan.title")}</Title>
        {canPropose && (
          <Button variant="light" onClick={() => setCreating(true)} data-testid="usulan-new">
            {t("usulan.proposeNew")}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t("usulan.intro")}
      </Text>
      <Chip.Group
        value={view}
        onChange={(value) => {
          setView(value as TView);
          pages.reset();
        }}
      >
        <Group gap={6} wrap="wrap" data-testid="usulan-views">
          {views.map((value) => (
            <Chip key={value} value={value} size="sm" data-testid={`usulan-view-${value}`}>
              {value === "aksi" ? t("usulan.aksi") : labels.status(value)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {view === "disetujui" && <UsulanExport />}
      <PagedList list={list} pages={pages} testId="usulan" emptyText={t("usulan.empty")}>
        {(usulan) => <UsulanCard key={usulan.id} usulan={usulan} />}
      </PagedList>
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t("usulan.proposeNew")}
        fullScreen={phone}
      >
        {creating && <NewFamilyForm onDone={() => setCreating(false)} />}
      </Modal>
    </Stack>
  );
}
