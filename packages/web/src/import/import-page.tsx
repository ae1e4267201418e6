import { importKindPermissions, type TImportKind, type TPermission } from "@kawal/core";
import { SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/auth-api.ts";
import { useStartAgenImport, useStartDaftarBayarImport } from "../api/distribution-api.ts";
import { useStartPesertaImport } from "../api/enrolment-api.ts";
import { isJobActive, useJob, useStartImport } from "../api/import-api.ts";
import { ImportForm } from "./import-form.tsx";
import { ImportHelp } from "./import-help.tsx";
import { ImportJobStatus } from "./import-job-status.tsx";

export type { TImportKind };

/**
 * Each kind of file, the permission that may import it (from core, which also shows the menu entry by
 * them), and its label.
 */
const kinds = [
  { kind: "anggota", permission: importKindPermissions.anggota, label: "imporKind.anggota" },
  { kind: "peserta", permission: importKindPermissions.peserta, label: "imporKind.peserta" },
  {
    kind: "daftar_bayar",
    permission: importKindPermissions.daftar_bayar,
    label: "penyaluran.impor.daftarBayar",
  },
  { kind: "agen", permission: importKindPermissions.agen, label: "penyaluran.impor.agen" },
] as const satisfies readonly { kind: TImportKind; permission: TPermission; label: string }[];

/**
 * Uploads an `anggota`, `peserta`, `daftar_bayar` or `agen` file (the user chooses which, among those
 * allowed) and follows its import job. The form keeps the chosen file, so after a
 * refused import the user can tick "valid rows only" and send the same file again.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const [file, setFile] = useState<File | null>(null);
  const [partial, setPartial] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const starts = {
    anggota: useStartImport(),
    peserta: useStartPesertaImport(),
    daftar_bayar: useStartDaftarBayarImport(),
    agen: useStartAgenImport(),
  };
  const allowed = kinds.filter((k) => me?.permissions.includes(k.permission));
  const [chosenKind, setKind] = useState<TImportKind | null>(null);
  const kind: TImportKind = chosenKind ?? allowed[0]?.kind ?? "anggota";
  const start = starts[kind];
  // Four kinds side by side do not fit a phone: there they stack.
  const narrow = useMediaQuery("(max-width: 36em)");
  const job = useJob(jobId);
  const statusRef = useRef<HTMLDivElement>(null);
  const status = job.data?.status;
  // On a phone the outcome appears below the fold: bring it into view when it starts and ends.
  useEffect(() => {
    if (jobId && status) statusRef.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [jobId, status]);
  if (allowed.length === 0) return <Text>{t("impor.notAllowed")}</Text>;

  const submit = (asPartial: boolean) => {
    if (!file) return;
    setJobId(null);
    start.mutate({ file, partial: asPartial }, { onSuccess: ({ jobId: id }) => setJobId(id) });
  };
  const busy = start.isPending || (jobId !== null && (job.isPending || isJobActive(job.data?.status)));

  return (
    <Stack maw={820}>
      <Title order={2}>{t("impor.title")}</Title>
      {allowed.length > 1 && (
        <SegmentedControl
          aria-label={t("imporKind.label")}
          fullWidth
          orientation={narrow && allowed.length > 2 ? "vertical" : "horizontal"}
          value={kind}
          onChange={(value) => {
            // Another kind of file is another import: forget the last one's job and error.
            setKind(value as TImportKind);
            setJobId(null);
            for (const mutation of Object.values(starts)) mutation.reset();
          }}
          data={allowed.map((k) => ({ value: k.kind, label: t(k.label) }))}
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
