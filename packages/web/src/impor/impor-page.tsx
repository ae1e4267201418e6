import { Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/auth-api.ts";
import { isJobActive, useJob, useStartImport } from "../api/import-api.ts";
import { ImportForm } from "./import-form.tsx";
import { ImportHelp } from "./import-help.tsx";
import { ImportJobStatus } from "./import-job-status.tsx";

/**
 * Uploads an `anggota` file and follows its import job. The form keeps the chosen file, so after a
 * refused import the user can tick "valid rows only" and send the same file again.
 */
export function ImporPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const [file, setFile] = useState<File | null>(null);
  const [partial, setPartial] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useStartImport();
  const job = useJob(jobId);
  const statusRef = useRef<HTMLDivElement>(null);
  const status = job.data?.status;
  // On a phone the outcome appears below the fold: bring it into view when it starts and ends.
  useEffect(() => {
    if (jobId && status) statusRef.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [jobId, status]);
  if (!me?.permissions.includes("registry.import")) return <Text>{t("impor.notAllowed")}</Text>;

  const submit = (asPartial: boolean) => {
    if (!file) return;
    setJobId(null);
    start.mutate({ file, partial: asPartial }, { onSuccess: ({ jobId: id }) => setJobId(id) });
  };
  const busy = start.isPending || (jobId !== null && (job.isPending || isJobActive(job.data?.status)));

  return (
    <Stack maw={820}>
      <Title order={2}>{t("impor.title")}</Title>
      <ImportForm
        file={file}
        onFile={setFile}
        partial={partial}
        onPartial={setPartial}
        busy={busy}
        error={start.error}
        onSubmit={() => submit(partial)}
      />
      <div ref={statusRef}>
        {jobId && (
          <ImportJobStatus
            jobId={jobId}
            job={job.data}
            error={job.error}
            onRetryPartial={
              partial
                ? undefined
                : () => {
                    setPartial(true);
                    submit(true);
                  }
            }
          />
        )}
      </div>
      <ImportHelp />
    </Stack>
  );
}
