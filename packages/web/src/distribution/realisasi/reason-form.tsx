import {
  fieldReasonCodes,
  fieldReasonLabels,
  type TFieldReason,
  type TFieldReasonRecorded,
} from "@kawal/core";
import { Button, Group, NativeSelect, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isProblemError } from "../../api/problem-error.ts";
import { useRecordReason } from "../../api/reconcile-api.ts";
import { newIdempotencyKey } from "../../registry/events/event-dates.ts";
import { NoteInput } from "../../ui/note-input.tsx";
import { notifySuccess } from "../../ui/notify-problem.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";

/** The field the server names when an Idempotency-Key was stored with another reason. */
const keyField = "headers.idempotency-key";

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
  const [alreadyRecorded, setAlreadyRecorded] = useState(false);
  const language = i18n.language === "en" ? "en" : "id";

  const submit = () => {
    setAlreadyRecorded(false);
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
          if (isProblemError(error) && error.problem.fields?.some((f) => f.field === keyField)) {
            setAlreadyRecorded(true);
            setIdempotencyKey(newIdempotencyKey());
          }
        },
      },
    );
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      noValidate
      data-testid="reason-form"
    >
      <Stack gap="xs">
        {alreadyRecorded ? (
          <Text c="orange.8" size="sm" role="alert">
            {t("rekonsiliasi.alreadyRecorded")}
          </Text>
        ) : (
          <ProblemAlert error={record.error} />
        )}
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
            {t("rekonsiliasi.cancel")}
          </Button>
          <Button type="submit" size="sm" loading={record.isPending} data-testid="reason-submit">
            {t("rekonsiliasi.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
