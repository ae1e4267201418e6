import type { TUsulanDetail } from "@kawal/core";
import { Stack, Text, Timeline } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useRegistryLabels } from "../registry/registry-format.ts";
import { SectionCard } from "../ui/section-card.tsx";
import { useUsulanLabels } from "./usulan-labels.ts";

/** Every step the proposal took, oldest first: who moved it where, when, and what they wrote. */
export function UsulanSteps({ steps }: { steps: TUsulanDetail["steps"] }) {
  const { t } = useTranslation();
  const labels = useUsulanLabels();
  const dates = useRegistryLabels();
  return (
    <SectionCard testId="usulan-steps" title={t("usulan.steps")}>
      <Timeline bulletSize={12} lineWidth={2} active={steps.length - 1}>
        {steps.map((step) => (
          <Timeline.Item
            key={`${step.at}:${step.to}`}
            title={labels.status(step.to)}
            data-testid="usulan-step"
          >
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                {dates.dateTime(step.at)}
                {step.actor ? ` · ${t("keluarga.recordedBy", { user: step.actor })}` : ""}
              </Text>
              {step.note && (
                <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                  {step.note}
                </Text>
              )}
            </Stack>
          </Timeline.Item>
        ))}
      </Timeline>
    </SectionCard>
  );
}
