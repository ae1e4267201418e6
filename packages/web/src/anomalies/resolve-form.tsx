import { anomalyTransitions, type TAnomalyDetail, type TAnomalyResolution } from "@kawal/core";
import { Button, Card, SegmentedControl, Stack, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useResolveAnomaly } from "../api/anomaly-api.ts";
import { isProblemError } from "../api/problem-error.ts";
import { NoteInput } from "../ui/note-input.tsx";
import { notifySuccess } from "../ui/notify-problem.ts";
import { PlainForm } from "../ui/plain-form.tsx";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { useAnomalyLabels } from "./anomaly-labels.ts";

/** Moves the finding on (core `anomalyTransitions`); closing it needs a note, as the server requires. */
export function ResolveForm({ anomaly }: { anomaly: TAnomalyDetail }) {
  const { t } = useTranslation();
  const labels = useAnomalyLabels();
  const resolve = useResolveAnomaly();
  const choices = anomalyTransitions[anomaly.status];
  const [status, setStatus] = useState<TAnomalyResolution>(choices[0] ?? "ditangani");
  const [note, setNote] = useState("");
  const [noteMissing, setNoteMissing] = useState(false);
  const serverNote = isProblemError(resolve.error)
    ? resolve.error.problem.fields?.find((f) => f.field === "catatan")?.message
    : undefined;
  const current = choices.includes(status) ? status : (choices[0] ?? "ditangani");
  const needsNote = current !== "ditangani";
  return (
    <Card withBorder data-testid="anomaly-resolve-form">
      <PlainForm
        onSubmit={() => {
          const missing = needsNote && !note.trim();
          setNoteMissing(missing);
          if (missing) return;
          resolve.mutate(
            { id: anomaly.id, body: { status: current, ...(note.trim() ? { catatan: note.trim() } : {}) } },
            {
              onSuccess: () => {
                setNote("");
                notifySuccess(t("anomali.resolve.done"));
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t("anomali.resolve.title")}
          </Title>
          <ProblemAlert error={resolve.error} shownFields={serverNote ? ["catatan"] : []} />
          <SegmentedControl
            fullWidth
            orientation="vertical"
            value={current}
            onChange={(value) => setStatus(value as TAnomalyResolution)}
            data={choices.map((c) => ({ value: c, label: labels.status(c) }))}
            data-testid="anomaly-resolve-status"
          />
          <NoteInput
            label={t("anomali.resolve.note")}
            withAsterisk={needsNote}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={noteMissing ? t("validation.required") : serverNote}
            data-testid="anomaly-resolve-note"
          />
          <Button type="submit" loading={resolve.isPending} data-testid="anomaly-resolve-submit">
            {t("anomali.resolve.submit")}
          </Button>
        </Stack>
      </PlainForm>
    </Card>
  );
}
