import {
  fieldReasonCodes,
  fieldReasonLabels,
  type TFieldReason,
  type TFieldReasonRecorded,
} from "@kawal/core";
import { Button, Group, NativeSelect, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useRecordReason } from "../../api/reconcile-api.ts";
import { newIdempotencyKey } from "../../registry/events/event-dates.ts";
import { SubmissionProblem } from "../../ui/form-frame.tsx";
import { NoteInput } from "../../ui/note-input.tsx";
import { notifySuccess } from "../../ui/notify-problem.ts";
import { PlainForm } from "../../ui/plain-form.tsx";
import { useSubmission } from "../../ui/use-submission.ts";

/**
 * Records why one family did not withdraw, from a phone: a reason code and a note. The key is made
 * per submission and kept until the server stored it, so a tap retried after a lost answer is stored
 * once; shaped as a command the offline outbox can carry later.
 */
export function ReasonForm({
  familyId,
  program,
  periode,
  initial,
  onDone,
  onSaved,
}: {
  familyId: string;
  program: string;
  periode: string;
  initial: TFieldReason | null;
  onDone: () => void;
  onSaved: (recorded: TFieldReasonRecorded) => void;
}) {
  const { t, i18n } = useTranslation();
  const record = useRecordReason();
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [alasan, setAlasan] = useState<TFieldReason>(initial ?? "tidak_hadir");
  const [keterangan, setKeterangan] = useState("");
  const submission = useSubmission(null, record, [], { text: t("rekonsiliasi.alreadyRecorded") });
  const language = i18n.language === "en" ? "en" : "id";

  const submit = () => {
    submission.retry();
    record.mutate(
      {
        idempotencyKey,
        body: {
          program,
          periode,
          familyId,
          alasan,
          keterangan: keterangan.trim() || undefined,
          dicatatPada: new Date().toISOString(),
        },
      },
      {
        onSuccess: (recorded) => {
          notifySuccess(t("rekonsiliasi.saved"));
          setIdempotencyKey(newIdempotencyKey());
          onSaved(recorded);
        },
        onError: (error) => {
          if (submission.refuse(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  };

  return (
    <PlainForm testId="reason-form" onSubmit={submit}>
      <Stack gap="xs">
        <SubmissionProblem submission={submission} />
        <NativeSelect
          label={t("rekonsiliasi.alasan")}
          value={alasan}
          onChange={(event) => setAlasan(event.currentTarget.value as TFieldReason)}
          data={fieldReasonCodes.map((code) => ({ value: code, label: fieldReasonLabels[code][language] }))}
          data-testid="reason-alasan"
        />
        <NoteInput
          label={t("rekonsiliasi.keterangan")}
          placeholder={t("rekonsiliasi.keteranganPlaceholder")}
          maxLength={500}
          value={keterangan}
          onChange={(event) => setKeterangan(event.currentTarget.value)}
          data-testid="reason-keterangan"
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="sm" onClick={onDone}>
            {t("app.cancel")}
          </Button>
          <Button type="submit" size="sm" loading={record.isPending} data-testid="reason-submit">
            {t("rekonsiliasi.save")}
          </Button>
        </Group>
      </Stack>
    </PlainForm>
  );
}
