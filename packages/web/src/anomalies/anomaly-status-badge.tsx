import type { TAnomalyStatus } from "@kawal/core";
import { Badge, type MantineSize } from "@mantine/core";
import { anomalyStatusColor, useAnomalyLabels } from "./anomaly-labels.ts";

/** A finding's status as a light badge in its colour. */
export function AnomalyStatusBadge({ status, size }: { status: TAnomalyStatus; size?: MantineSize }) {
  const labels = useAnomalyLabels();
  return (
    <Badge
      size={size}
      variant="light"
      color={anomalyStatusColor[status] ?? "gray"}
      data-testid="anomaly-status"
    >
      {labels.status(status)}
    </Badge>
  );
}
