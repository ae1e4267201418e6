import { Badge } from "@mantine/core";
import { statusColor, useUsulanLabels } from "./usulan-labels.ts";

/** A proposal's status as a light badge in its colour. */
export function UsulanStatusBadge({ status, testId }: { status: string; testId: string }) {
  const labels = useUsulanLabels();
  return (
    <Badge variant="light" color={statusColor[status] ?? "gray"} data-testid={testId}>
      {labels.status(status)}
    </Badge>
  );
}
