import type { TTransaksiCounts } from "@kawal/core";
import { Alert, Button, Card, Checkbox, FileInput, Progress, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isJobActive, rejectedRowsUrl, useJob } from "../../api/import-api.ts";
import { itemRejectedUrl, useStartTransaksiImport } from "../../api/transaction-api.ts";
import { TemplateLinks } from "../../import/template-links.tsx";
import { PlainForm } from "../../ui/plain-form.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";

const accept = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Upload of a transaction file and, optionally, its goods lines: one job for both, followed until it
 * ends, then what changed, or the refused rows of each file to download and the offer to import the
 * valid rows only.
 */
export function TransaksiImport() {
  const { t } = useTranslation();
  const start = useStartTransaksiImport();
  const [file, setFile] = useState<File | null>(null);
  const [item, setItem] = useState<File | null>(null);
  const [partial, setPartial] = useState(false);
  const [missing, setMissing] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob<TTransaksiCounts>(jobId);

  const send = (asPartial: boolean) => {
    if (!file) {
      setMissing(true);
      return;
    }
    start.mutate({ file, item, partial: asPartial }, { onSuccess: ({ jobId: id }) => setJobId(id) });
  };

  const data = job.data;
  const result = data?.result ?? {};
  return (
    <Card withBorder data-testid="transaksi-import">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t("transaksi.importTitle")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("transaksi.importIntro")}
        </Text>
        <TemplateLinks kinds={["transaksi", "transaksi_item"]} />
        <PlainForm
          onSubmit={() => {
            send(partial);
          }}
        >
          <Stack gap="sm">
            <ProblemAlert error={start.error} />
            <FileInput
              label={t("transaksi.file")}
              placeholder={t("transaksi.filePlaceholder")}
              accept={accept}
              clearable
              value={file}
              onChange={(value) => {
                setFile(value);
                setMissing(false);
              }}
              error={missing ? t("transaksi.chooseFile") : undefined}
              data-testid="transaksi-import-file"
            />
            <FileInput
              label={t("transaksi.itemFile")}
              placeholder={t("transaksi.filePlaceholder")}
              accept={accept}
              clearable
              value={item}
              onChange={setItem}
              data-testid="transaksi-import-item"
            />
            <Checkbox
              label={t("transaksi.partial")}
              checked={partial}
              onChange={(event) => setPartial(event.currentTarget.checked)}
            />
            <Button type="submit" loading={start.isPending} data-testid="transaksi-import-submit">
              {t("transaksi.importSubmit")}
            </Button>
          </Stack>
        </PlainForm>
        {jobId && job.error ? <ProblemAlert error={job.error} /> : null}
        {jobId && (!data || isJobActive(data.status)) && !job.error && (
          <Stack gap={4}>
            <Text size="sm">{t("transaksi.running")}</Text>
            <Progress value={100} striped animated />
          </Stack>
        )}
        {jobId && data?.status === "failed" && (
          <Alert color="red" role="alert" title={t("transaksi.failedTitle")}>
            {t("transaksi.failedText")}
          </Alert>
        )}
        {jobId && data?.status === "rejected" && (
          <Alert
            color="orange"
            role="alert"
            title={t("transaksi.rejectedTitle")}
            data-testid="transaksi-import-rejected"
          >
            <Stack gap="xs">
              {[...(result.missingColumns ?? []), ...(result.itemMissingColumns ?? [])].length > 0 ? (
                <Text size="sm">
                  {t("transaksi.missingColumns", {
                    columns: [...(result.missingColumns ?? []), ...(result.itemMissingColumns ?? [])].join(
                      ", ",
                    ),
                  })}
                </Text>
              ) : (
                <>
                  <Text size="sm" fw={600}>
                    {t("transaksi.rejectedText", {
                      rejected: result.rejected ?? 0,
                      rows: result.rows ?? 0,
                      itemRejected: result.itemRejected ?? 0,
                      itemRows: result.itemRows ?? 0,
                    })}
                  </Text>
                  <RejectedDownloads jobId={jobId} result={result} />
                  {!partial && (
                    <Button
                      variant="default"
                      onClick={() => send(true)}
                      data-testid="transaksi-import-partial"
                    >
                      {t("transaksi.retryPartial")}
                    </Button>
                  )}
                </>
              )}
            </Stack>
          </Alert>
        )}
        {jobId && data?.status === "done" && (
          <Alert color="teal" title={t("transaksi.doneTitle")} data-testid="transaksi-import-done">
            <Stack gap="xs">
              <Text size="sm">
                {t("transaksi.doneText", {
                  accepted: result.accepted ?? 0,
                  rows: result.rows ?? 0,
                  created: (result.changes ?? []).reduce((s, c) => s + c.created, 0),
                  unchanged: (result.changes ?? []).reduce((s, c) => s + c.unchanged, 0),
                })}
              </Text>
              {(result.itemRows ?? 0) > 0 && (
                <Text size="sm">
                  {t("transaksi.doneItems", {
                    accepted: result.itemAccepted ?? 0,
                    rows: result.itemRows ?? 0,
                  })}
                </Text>
              )}
              <RejectedDownloads jobId={jobId} result={result} />
            </Stack>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

/** The rejected-rows files of an import, transactions and goods lines, each when it has rows. */
function RejectedDownloads({
  jobId,
  result,
}: {
  jobId: string;
  result: { rejected?: number; itemRejected?: number };
}) {
  const { t } = useTranslation();
  return (
    <>
      {(result.rejected ?? 0) > 0 && (
        <Button component="a" href={rejectedRowsUrl(jobId)} download variant="light">
          {t("transaksi.downloadRejected")}
        </Button>
      )}
      {(result.itemRejected ?? 0) > 0 && (
        <Button component="a" href={itemRejectedUrl(jobId)} download variant="light">
          {t("transaksi.downloadItemRejected")}
        </Button>
      )}
    </>
  );
}
