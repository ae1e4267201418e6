import { SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/auth-api.ts";
import { useStartPesertaImport } from "../api/enrolment-api.ts";
import { isJobActive, useJob, useStartImport } from "../api/import-api.ts";
import { ImportForm } from "./import-form.tsx";
import { ImportHelp } from "./import-help.tsx";
import { ImportJobStatus } from "./import-job-status.tsx";

export type TImportKind = "anggota" | "peserta";

/**
 * Uploads an `anggota` or a `peserta` file (the user chooses which, when allowed both) and follows its
 * import job. The form keeps the chosen file, so after a
 * refused import the user can tick "valid rows only" and send the same file again.
 */
export function ImporPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const [file, setFile] = useState<File | null>(null);
  const [partial, setPartial] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const startAnggota = useStartImport();
  const startPeserta = useStartPesertaImport();
  const canAnggota = me?.permissions.includes("registry.import") ?? false;
  const canPeserta = me?.permissions.includes("enrolment.import") ?? false;
  const [chosenKind, setKind] = useState<TImportKind | null>(null);
  const kind: TImportKind = chosenKind ?? (canAnggota ? "anggota" : "peserta");
  const start = kind === "peserta" ? startPeserta : startAnggota;
  const job = useJob(jobId);
  const statusRef = useRef<HTMLDivElement>(null);
  const status = job.data?.status;
  // On a phone the outcome appears below the fold: bring it into view when it starts and ends.
  useEffect(() => {
    if (jobId && status) statusRef.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [jobId, status]);
  if (!canAnggota && !canPeserta) return <Text>{t("impor.notAllowed")}</Text>;

  const submit = (asPartial: boolean) => {
    if (!file) return;
    setJobId(null);
    start.mutate({ file, partial: asPartial }, { onSuccess: ({ jobId: id }) => setJobId(id) });
  };
  const busy = start.isPending || (jobId !== null && (job.isPending || isJobActive(job.data?.status)));

  return (
    <Stack maw={820}>
      <Title order={2}>{t("impor.title")}</Title>
      {canAnggota && canPeserta && (
        <SegmentedControl
          aria-label={t("imporKind.label")}
          fullWidth
          value={kind}
          onChange={(value) => {
            // Another kind of file is another import: forget the last one's job and error.
            setKind(value as TImportKind);
            setJobId(null);
            startAnggota.reset();
            startPeserta.reset();
          }}
          data={[
            { value: "anggota", label: t("imporKind.anggota") },
            { value: "peserta", label: t("imporKind.peserta") },
          ]}
          data-testid="import-kind"
        />
      )}
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
            kind={kind}
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
      <ImportHelp kind={kind} />
    </Stack>
  );
}
