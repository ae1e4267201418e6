import { Button, Card, FileInput, Stack, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isProblemError } from "../api/problem-error.ts";
import { useRecordMusdes } from "../api/usulan-api.ts";
import { localToday } from "../registry/events/event-dates.ts";
import { NoteInput } from "../ui/note-input.tsx";
import { notifySuccess } from "../ui/notify-problem.ts";
import { PlainForm } from "../ui/plain-form.tsx";
import { ProblemAlert } from "../ui/problem-alert.tsx";

/** Field errors the server may name, shown beside their inputs rather than in the alert. */
function fieldError(error: unknown, field: string): string | undefined {
  if (!isProblemError(error)) return undefined;
  return error.problem.fields?.find((f) => f.field === field)?.message;
}

/** The village deliberation: its date and the signed minutes (a scan or a phone photo). */
export function MusdesForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const record = useRecordMusdes();
  const [tanggal, setTanggal] = useState(localToday);
  const [file, setFile] = useState<File | null>(null);
  const [catatan, setCatatan] = useState("");
  const [missing, setMissing] = useState<string[]>([]);
  const error = record.error;
  const shown = ["tanggal", "berita_acara"].filter((field) => fieldError(error, field));
  const required = t("validation.required");

  return (
    <Card withBorder data-testid="musdes-form">
      <PlainForm
        onSubmit={() => {
          const gaps = [...(tanggal ? [] : ["tanggal"]), ...(file ? [] : ["berita_acara"])];
          setMissing(gaps);
          if (!file || !tanggal) return;
          record.mutate(
            { id, tanggal, file, ...(catatan.trim() ? { catatan: catatan.trim() } : {}) },
            { onSuccess: () => notifySuccess(t("usulan.musdesDone")) },
          );
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t("usulan.musdesTitle")}
          </Title>
          <ProblemAlert error={error} shownFields={shown} />
          <TextInput
            type="date"
            label={t("usulan.tanggal")}
            withAsterisk
            max={localToday()}
            value={tanggal}
            onChange={(event) => setTanggal(event.currentTarget.value)}
            error={missing.includes("tanggal") ? required : fieldError(error, "tanggal")}
            data-testid="musdes-tanggal"
          />
          <FileInput
            label={t("usulan.beritaAcara")}
            placeholder={t("usulan.chooseFile")}
            withAsterisk
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            clearable
            value={file}
            onChange={setFile}
            error={missing.includes("berita_acara") ? required : fieldError(error, "berita_acara")}
            data-testid="musdes-file"
          />
          <NoteInput
            label={t("usulan.catatan")}
            maxLength={1000}
            value={catatan}
            onChange={(event) => setCatatan(event.currentTarget.value)}
          />
          <Button type="submit" loading={record.isPending} data-testid="musdes-submit">
            {t("usulan.musdesSubmit")}
          </Button>
        </Stack>
      </PlainForm>
    </Card>
  );
}
