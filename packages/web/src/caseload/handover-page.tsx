import { informedPercent } from "@kawal/core";
import { Group, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { handoverLettersUrl, useHandover } from "../api/caseload-api.ts";
import { BackLink } from "../ui/back-link.tsx";
import { PrintButton } from "../ui/print-button.tsx";
import { RecordStatus } from "../ui/record-status.tsx";
import { HandoverFamilyCard } from "./handover-family-card.tsx";

/** One handover: who to whom, its families and who has been told, and the letters to print. */
export function HandoverPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const handover = useHandover(id);
  const back = <BackLink to="/pendamping" label={t("caseload.handover.back")} testId="handover-back" />;
  if (handover.isPending || handover.error) {
    return (
      <RecordStatus query={handover} back={back} maw={820} notFoundText={t("caseload.handover.notFound")} />
    );
  }
  const h = handover.data;
  return (
    <Stack maw={820} data-testid="handover-page">
      {back}
      <Title order={2}>{t("caseload.handover.title")}</Title>
      <Paper withBorder p="md" radius="md">
        <Stack gap={4}>
          <Text>
            <b>{t("caseload.handover.dari")}:</b> {h.dari.fullName}
          </Text>
          <Text>
            <b>{t("caseload.handover.ke")}:</b> {h.ke.fullName}
          </Text>
          <Text>
            <b>{t("caseload.handover.tanggal")}:</b> {h.tanggal}
          </Text>
          <Text>
            <b>{t("caseload.handover.alasan")}:</b> {h.alasan}
          </Text>
          {h.families > 0 && (
            <Group gap="xs" mt="xs" wrap="nowrap">
              <Progress value={informedPercent(h.informed, h.families)} style={{ flex: 1 }} />
              <Text size="sm" data-testid="handover-progress">
                {t("caseload.handovers.progress", { informed: h.informed, total: h.families })}
              </Text>
            </Group>
          )}
        </Stack>
      </Paper>
      {h.families > 0 && (
        <Group gap="xs" wrap="wrap">
          <PrintButton href={handoverLettersUrl(h.id)} variant="light" testId="handover-print">
            {t("caseload.handover.print")}
          </PrintButton>
          <Text size="xs" c="dimmed">
            {t("caseload.handover.printHint")}
          </Text>
        </Group>
      )}
      <Title order={3}>{t("caseload.handover.families")}</Title>
      {h.familyList.length === 0 ? (
        <Text c="dimmed">{t("caseload.handover.noFamilies")}</Text>
      ) : (
        <Stack gap="xs">
          {h.familyList.map((family) => (
            <HandoverFamilyCard
              key={family.familyId ?? `${family.desa.code}-${family.noKk}-${family.headName}`}
              handoverId={h.id}
              family={family}
              canInform={h.canInform}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
