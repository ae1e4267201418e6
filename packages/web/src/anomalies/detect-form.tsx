import { anomalyKinds, type TAnomalyDetectResult } from "@kawal/core";
import { Button, Card, Group, List, Select, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDetectAnomalies, useDistributionPeriods } from "../api/anomaly-api.ts";
import { PlainForm } from "../ui/plain-form.tsx";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { useAnomalyLabels } from "./anomaly-labels.ts";

/** Runs the search for one programme's period over the user's area and tells what it found new. */
export function DetectForm() {
  const { t } = useTranslation();
  const labels = useAnomalyLabels();
  const periods = useDistributionPeriods();
  const detect = useDetectAnomalies();
  const [choice, setChoice] = useState<string | null>(null);
  const [result, setResult] = useState<TAnomalyDetectResult | null>(null);
  const options = (periods.data?.items ?? [])
    .slice()
    .sort((a, b) => b.periode.localeCompare(a.periode) || a.program.localeCompare(b.program))
    .map((p) => ({ value: `${p.program}|${p.periode}`, label: `${p.program} ${p.periode}` }));
  const selected = choice ?? options[0]?.value ?? null;
  return (
    <Card withBorder data-testid="anomaly-detect">
      <PlainForm
        onSubmit={() => {
          if (!selected) return;
          const [program = "", periode = ""] = selected.split("|");
          setResult(null);
          detect.mutate({ program, periode }, { onSuccess: setResult });
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t("anomali.detect.title")}
          </Title>
          {periods.data && options.length === 0 && <Text c="dimmed">{t("anomali.detect.noPeriods")}</Text>}
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t("anomali.detect.periode")}
              data={options}
              value={selected}
              onChange={setChoice}
              searchable
              allowDeselect={false}
              style={{ flex: "1 1 12rem" }}
              data-testid="anomaly-detect-period"
            />
            <Button
              type="submit"
              loading={detect.isPending}
              disabled={!selected}
              data-testid="anomaly-detect-submit"
            >
              {t("anomali.detect.submit")}
            </Button>
          </Group>
          <ProblemAlert error={detect.error} />
          {result && (
            <Stack gap={4} data-testid="anomaly-detect-result">
              <Text fw={600}>
                {result.total > 0
                  ? t("anomali.detect.result", { total: result.total })
                  : t("anomali.detect.resultNone")}
              </Text>
              {result.total > 0 && (
                <List size="sm">
                  {anomalyKinds
                    .filter((k) => result.counts[k] > 0)
                    .map((k) => (
                      <List.Item key={k} data-testid={`anomaly-detect-count-${k}`}>
                        {labels.kind(k)}: {result.counts[k]}
                      </List.Item>
                    ))}
                </List>
              )}
            </Stack>
          )}
        </Stack>
      </PlainForm>
    </Card>
  );
}
