import { informedPercent } from "@kawal/core";
import { Anchor, Badge, Group, Paper, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { THandoverSummary } from "../api/caseload-api.ts";

/** Handovers as cards (they read well on a phone), each with its progress: families told of the change. */
export function HandoverList({ handovers, empty }: { handovers: THandoverSummary[]; empty: string }) {
  const { t } = useTranslation();
  if (handovers.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Stack gap="xs" data-testid="handover-list">
      {handovers.map((h) => (
        <Paper key={h.id} withBorder p="sm" radius="md" data-testid="handover-card">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={2}>
              <Text fw={500}>
                {t("caseload.handovers.fromTo", { dari: h.dari.fullName, ke: h.ke.fullName })}
              </Text>
              <Text size="sm" c="dimmed">
                {h.tanggal} · {h.alasan}
              </Text>
            </Stack>
            <Anchor component={Link} to={`/pendamping?pengalihan=${h.id}`} data-testid="handover-open">
              {t("caseload.handovers.open")}
            </Anchor>
          </Group>
          {h.families > 0 && (
            <Group gap="xs" mt="xs" wrap="nowrap">
              <Progress value={informedPercent(h.informed, h.families)} style={{ flex: 1 }} />
              <Badge
                variant="light"
                color={h.informed === h.families ? "teal" : "yellow"}
                style={{ minWidth: "max-content" }}
              >
                {t("caseload.handovers.progress", { informed: h.informed, total: h.families })}
              </Badge>
            </Group>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
