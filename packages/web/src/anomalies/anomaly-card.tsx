import type { TAnomalyView } from "@kawal/core";
import { Card, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAnomalyLabels } from "./anomaly-labels.ts";
import { AnomalyStatusBadge } from "./anomaly-status-badge.tsx";

/** One finding in the list: its kind, where, whose card (masked), its state and owner; opens it. */
export function AnomalyCard({ anomaly }: { anomaly: TAnomalyView }) {
  const { t } = useTranslation();
  const labels = useAnomalyLabels();
  return (
    <Card withBorder padding="sm" component={Link} to={`/anomali/${anomaly.id}`} data-testid="anomaly-card">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={600} data-testid="anomaly-kind">
          {labels.kind(anomaly.jenis)}
        </Text>
        <AnomalyStatusBadge status={anomaly.status} />
      </Group>
      <Text size="sm">
        {anomaly.desa.name ?? anomaly.desa.code}
        {anomaly.programCode ? ` · ${anomaly.programCode} ${anomaly.periode ?? ""}` : ""}
        {anomaly.idAgen ? ` · ${t("anomali.card.agent", { id: anomaly.idAgen })}` : ""}
      </Text>
      {anomaly.noKks && (
        <Text size="sm" c="dimmed" ff="monospace" style={{ overflowWrap: "anywhere" }}>
          {t("anomali.detail.noKks")} {anomaly.noKks}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t("anomali.card.found", { date: labels.dateTime(anomaly.ditemukanPada) })} ·{" "}
        {anomaly.pemilik
          ? t("anomali.card.owner", { name: anomaly.pemilik.fullName })
          : t("anomali.card.noOwner")}
      </Text>
    </Card>
  );
}
