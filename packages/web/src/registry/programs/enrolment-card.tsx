import type { TEnrolmentView } from "@kawal/core";
import { Button, Collapse, Group, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useRegistryLabels } from "../registry-format.ts";
import { EnrolmentHistory } from "./enrolment-history.tsx";
import { EnrolmentStatusBadge } from "./enrolment-labels.tsx";

/** One programme of the family: its state since when, the card holder and card (masked), its history. */
export function EnrolmentCard({
  enrolment,
  onChange,
}: {
  enrolment: TEnrolmentView;
  /** Offered only when the server lists a next state the user may choose. */
  onChange: (() => void) | undefined;
}) {
  const { t, i18n } = useTranslation();
  const registry = useRegistryLabels();
  const [showHistory, setShowHistory] = useState(false);
  const name = i18n.language === "en" ? enrolment.program.namaEn : enrolment.program.namaId;
  return (
    <Paper withBorder p="sm" data-testid={`enrolment-${enrolment.program.code}`}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>{enrolment.program.code}</Text>
            <EnrolmentStatusBadge status={enrolment.status} />
            <Text size="sm" c="dimmed" data-testid="enrolment-since">
              {t("enrolment.since", { date: registry.date(enrolment.sejak) })}
            </Text>
          </Group>
          {onChange && (
            <Button size="xs" variant="light" onClick={onChange} data-testid="enrolment-change">
              {t("enrolment.change")}
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {name}
        </Text>
        <Text size="sm">
          {t("enrolment.holder")}: {enrolment.namaPengurus ?? "—"} ({enrolment.nikPengurus})
        </Text>
        {(enrolment.noKks || enrolment.bank) && (
          <Text size="sm">
            {t("enrolment.card")}: {enrolment.noKks ?? "—"} {enrolment.bank ? `· ${enrolment.bank}` : ""}
          </Text>
        )}
        <Group>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setShowHistory((v) => !v)}
            aria-expanded={showHistory}
            data-testid="enrolment-history-toggle"
          >
            {showHistory
              ? t("enrolment.hideHistory")
              : t("enrolment.showHistory", { n: enrolment.history.length })}
          </Button>
        </Group>
        <Collapse expanded={showHistory}>
          {showHistory && <EnrolmentHistory history={enrolment.history} />}
        </Collapse>
      </Stack>
    </Paper>
  );
}
