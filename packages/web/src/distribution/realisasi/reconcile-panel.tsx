import { Alert, Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useReconcile } from "../../api/reconcile-api.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";

/** The "Rekonsiliasi" button and the counts of the run it started. */
export function ReconcilePanel({ program, periode }: { program: string; periode: string }) {
  const { t } = useTranslation();
  const reconcile = useReconcile();
  const result = reconcile.data;
  const current = result && result.program === program && result.periode === periode ? result : null;
  return (
    <>
      <Group>
        <Button
          onClick={() => reconcile.mutate({ program, periode })}
          loading={reconcile.isPending}
          data-testid="reconcile-run"
        >
          {t("rekonsiliasi.run")}
        </Button>
      </Group>
      <ProblemAlert error={reconcile.error} />
      {current && (
        <Alert
          color="green"
          title={t("rekonsiliasi.resultTitle", { periode })}
          data-testid="reconcile-result"
        >
          <Text size="sm">
            {t("rekonsiliasi.resultLine", {
              listed: current.listed,
              tersalur: current.tersalur,
              sebagian: current.sebagian,
              belum: current.belum,
              tidakTerdaftar: current.tidakTerdaftar,
              seconds: (current.durationMs / 1000).toFixed(1),
            })}
          </Text>
        </Alert>
      )}
    </>
  );
}
