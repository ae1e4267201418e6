import { Alert, Button, Card, Progress, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useRefreshDuplicates, useStartScan } from "../api/duplicate-api.ts";
import { isJobActive, useJob } from "../api/import-api.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";

/** Starts a scan of the user's whole area and follows its job until it says how many pairs are new. */
export function DuplicateScan() {
  const { t } = useTranslation();
  const start = useStartScan();
  const refresh = useRefreshDuplicates();
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const status = job.data?.status;
  const running = start.isPending || (jobId !== null && (job.isPending || isJobActive(status)));
  // The list below is stale once the scan has stored new pairs.
  useEffect(() => {
    if (status === "done") void refresh();
  }, [status, refresh]);
  const processed = job.data?.processedRows ?? 0;
  const total = job.data?.totalRows ?? 0;

  return (
    <Card withBorder data-testid="duplicate-scan">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t("duplikat.scanHelp")}
        </Text>
        <Button
          loading={running}
          onClick={() => start.mutate(undefined, { onSuccess: ({ jobId: id }) => setJobId(id) })}
          data-testid="duplicate-scan-start"
        >
          {t("duplikat.scan")}
        </Button>
        <ProblemAlert error={start.error ?? job.error} />
        {running && jobId && (
          <>
            <Progress
              value={total > 0 ? Math.min(100, (processed / total) * 100) : 100}
              striped
              animated={total === 0}
            />
            <Text size="sm" c="dimmed">
              {total > 0 ? t("duplikat.scanning", { n: processed, total }) : t("duplikat.scanningStart")}
            </Text>
          </>
        )}
        {status === "done" && (
          <Alert color="teal" data-testid="duplicate-scan-done">
            {t("duplikat.scanDone", { n: job.data?.result?.newPairs ?? 0 })}
          </Alert>
        )}
        {status === "failed" && (
          <Alert color="red" role="alert">
            {t("duplikat.scanFailed")}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
