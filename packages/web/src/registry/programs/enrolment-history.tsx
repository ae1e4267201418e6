import type { TEnrolmentTransitionView } from "@kawal/core";
import { Text, Timeline } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useRegistryLabels } from "../registry-format.ts";
import { useEnrolmentLabels } from "./enrolment-labels.tsx";

/** Every change of one enrolment, oldest first: when, from what to what, why, and who recorded it. */
export function EnrolmentHistory({ history }: { history: TEnrolmentTransitionView[] }) {
  const { t } = useTranslation();
  const labels = useEnrolmentLabels();
  const format = useRegistryLabels();
  return (
    <Timeline active={history.length - 1} bulletSize={12} lineWidth={2} data-testid="enrolment-history">
      {history.map((step) => (
        <Timeline.Item
          key={`${step.recordedAt}-${step.to}`}
          title={`${format.date(step.tanggal)} · ${step.from ? `${labels.status(step.from)} → ` : ""}${labels.status(step.to)}`}
        >
          <Text size="sm">
            {labels.reason(step.alasanKode)}
            {step.keterangan ? `: ${step.keterangan}` : ""}
          </Text>
          <Text size="xs" c="dimmed">
            {step.fromImport
              ? t("enrolment.fromImport")
              : t("enrolment.recordedBy", {
                  actor: step.actor ?? "—",
                  at: format.date(step.recordedAt.slice(0, 10)),
                })}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
