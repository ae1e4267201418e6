import type { TAgenCounts, TAnggotaCounts, TDaftarBayarCounts, TPesertaCounts } from "@kawal/core";
import { Alert, Button, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isJobActive, rejectedRowsUrl, type TJob } from "../api/import-api.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { ImportChanges } from "./import-changes.tsx";
import { AgenChanges, DaftarBayarChanges } from "./import-distribution-changes.tsx";
import type { TImportKind } from "./import-page.tsx";
import { PesertaChanges } from "./import-peserta-changes.tsx";

interface TImportJobStatusProps {
  jobId: string;
  /** Which importer's counts the finished job holds. */
  kind?: TImportKind;
  /** Its `changes` are the counts of `kind`. */
  job: TJob<unknown> | undefined;
  error: unknown;
  /** Offered after a refused import when "valid rows only" was not chosen. */
  onRetryPartial: (() => void) | undefined;
}

function Progressing({ job }: { job: TJob<unknown> | undefined }) {
  const { t } = useTranslation();
  const processed = job?.processedRows ?? 0;
  const total = job?.totalRows ?? null;
  return (
    <Stack gap="xs" data-testid="import-progress">
      <Text size="sm">{t("impor.running", { file: job?.fileName ?? "" })}</Text>
      {total ? (
        <Progress
          value={Math.min(100, (processed / total) * 100)}
          aria-label={t("impor.processed", { n: processed })}
        />
      ) : (
        // The row count of a streamed file is known only at its end: show that work goes on.
        <Progress value={100} striped animated aria-label={t("impor.processed", { n: processed })} />
      )}
      <Text size="sm" c="dimmed" data-testid="import-processed">
        {total ? t("impor.processedOf", { n: processed, total }) : t("impor.processed", { n: processed })}
      </Text>
    </Stack>
  );
}

function DownloadRejected({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component="a"
      href={rejectedRowsUrl(jobId)}
      download
      variant="light"
      data-testid="import-download-rejected"
    >
      {t("impor.downloadRejected")}
    </Button>
  );
}

/** Follows the job; once it ends, says plainly what happened to the registry and what to do next. */
export function ImportJobStatus({
  jobId,
  kind = "anggota",
  job,
  error,
  onRetryPartial,
}: TImportJobStatusProps) {
  const { t } = useTranslation();
  if (error) return <ProblemAlert error={error} />;
  if (!job || isJobActive(job.status)) return <Progressing job={job} />;
  const result = job.result ?? {};
  const list = (columns: string[] | undefined) => (columns ?? []).join(", ");

  if (job.status === "failed") {
    return (
      <Alert color="red" role="alert" title={t("impor.failedTitle")} data-testid="import-failed">
        {t("impor.failedText")}
      </Alert>
    );
  }
  if (job.status === "rejected") {
    const headerProblem =
      (result.missingColumns?.length ?? 0) > 0 || (result.duplicateColumns?.length ?? 0) > 0;
    return (
      <Alert color="orange" role="alert" title={t("impor.rejectedTitle")} data-testid="import-rejected">
        <Stack gap="xs">
          {result.missingColumns?.length ? (
            <Text size="sm">{t("impor.missingColumns", { columns: list(result.missingColumns) })}</Text>
          ) : null}
          {result.duplicateColumns?.length ? (
            <Text size="sm">{t("impor.duplicateColumns", { columns: list(result.duplicateColumns) })}</Text>
          ) : null}
          {!headerProblem && (
            <>
              <Text size="sm" fw={600} data-testid="import-rejected-count">
                {t("impor.rejectedText", {
                  rejected: result.rejected ?? job.rejectedRows,
                  rows: result.rows ?? 0,
                })}
              </Text>
              <Text size="sm">{t("impor.rejectedHelp")}</Text>
              <DownloadRejected jobId={jobId} />
              {onRetryPartial && (
                <Button variant="default" onClick={onRetryPartial} data-testid="import-retry-partial">
                  {t("impor.partial")}
                </Button>
              )}
            </>
          )}
        </Stack>
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <Alert color="teal" title={t("impor.doneTitle")} data-testid="import-done">
        <Stack gap="xs">
          <Text size="sm" fw={600} data-testid="import-done-count">
            {t("impor.doneText", { accepted: result.accepted ?? 0, rows: result.rows ?? 0 })}
          </Text>
          {(result.rejected ?? 0) > 0 && (
            <>
              <Text size="sm">{t("impor.partialSkipped", { n: result.rejected })}</Text>
              <DownloadRejected jobId={jobId} />
            </>
          )}
          {(result.warnings ?? 0) > 0 && <Text size="sm">{t("impor.warnings", { n: result.warnings })}</Text>}
          {result.unknownColumns?.length ? (
            <Text size="sm">{t("impor.unknownColumns", { columns: list(result.unknownColumns) })}</Text>
          ) : null}
        </Stack>
      </Alert>
      {kind === "peserta" ? (
        <PesertaChanges job={job as TJob<TPesertaCounts>} />
      ) : kind === "daftar_bayar" ? (
        <DaftarBayarChanges job={job as TJob<TDaftarBayarCounts>} />
      ) : kind === "agen" ? (
        <AgenChanges job={job as TJob<TAgenCounts>} />
      ) : (
        <ImportChanges changes={(job as TJob<TAnggotaCounts>).result?.changes ?? []} />
      )}
    </Stack>
  );
}
