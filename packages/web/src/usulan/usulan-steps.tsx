import type { TUsulanDetail } from "@kawal/core";
import { Card, Stack, Text, Timeline, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useRegistryLabels } from "../registry/registry-format.ts";
import { useUsulanLabels } from "./usulan-labels.ts";

/** Every step the proposal took, oldest first: who moved it where, when, and what they wrote. */
export function UsulanSteps({ steps }: { steps: TUsulanDetail["steps"] }) {
  const { t } = useTranslation();
  const labels = useUsulanLabels();
  const dates = useRegistryLabels();
  return (
    <Card withBorder data-testid="usulan-steps">
      <Title order={3} size="h4" mb="sm">
        {t("usulan.steps")}
      </Title>
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
    </Card>
  );
}
