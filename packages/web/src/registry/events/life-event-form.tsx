import { NativeSelect, Text } from "@mantine/core";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { lifeEventKinds, useRecordLifeEvent } from "../../api/life-event-api.ts";
import type { TFamily } from "../../api/registry-api.ts";
import { useFamily } from "../../api/registry-api.ts";
import { fieldBinder } from "../../ui/field-binding.ts";
import { FormFrame } from "../../ui/form-frame.tsx";
import { NoteInput } from "../../ui/note-input.tsx";
import { notifySuccess } from "../../ui/notify-problem.ts";
import { useSubmission } from "../../ui/use-submission.ts";
import { useRegistryLabels } from "../registry-format.ts";
import { BirthFields } from "./birth-fields.tsx";
import { localToday, newIdempotencyKey } from "./event-dates.ts";
import {
  emptyEventForm,
  eventBody,
  eventFormFields,
  missingFields,
  type TEventFormValues,
} from "./event-form-values.ts";
import { hasFullNumbers, isMemberKind } from "./event-members.ts";
import { MemberEventFields } from "./member-event-fields.tsx";

/**
 * Records one life event. The Idempotency-Key is made when the form opens and kept until the event is
 * stored: a tap retried after a lost answer (even with the note edited) cannot store the event twice;
 * the server then says the key was used, and the form reloads the family instead of guessing.
 */
export function LifeEventForm({ family, onDone }: { family: TFamily; onDone: () => void }) {
  const { t } = useTranslation();
  const labels = useRegistryLabels();
  const record = useRecordLifeEvent();
  const refetch = useFamily(family.id).refetch;
  const [today] = useState(localToday);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const form = useForm<TEventFormValues>({ defaultValues: emptyEventForm("kelahiran", today) });
  const submission = useSubmission(form, record, eventFormFields, {
    text: t("peristiwa.alreadyRecorded"),
    testId: "event-already-recorded",
  });
  const bind = fieldBinder(form);
  const kind = form.watch("kind");
  const memberEventsPossible = hasFullNumbers(family.members);
  const kinds = memberEventsPossible ? lifeEventKinds : (["kelahiran"] as const);

  const onSubmit = (values: TEventFormValues) => {
    const missing = missingFields(values);
    for (const field of missing)
      form.setError(field, { type: "required", message: t("validation.required") });
    if (missing.length > 0) return;
    submission.retry();
    record.mutate(
      { familyId: family.id, idempotencyKey, body: eventBody(values) },
      {
        onSuccess: (result) => {
          notifySuccess(t("peristiwa.saved", { kind: labels.eventKind(result.kind) }));
          onDone();
        },
        onError: (error) => {
          if (submission.refuse(error)) void refetch();
        },
      },
    );
  };

  const changeKind = (next: TEventFormValues["kind"]) => {
    // Fields of another kind mean nothing here; start clean but keep what applies to every kind.
    const { catatan, occurredOn } = form.getValues();
    form.reset({ ...emptyEventForm(next, today), catatan, occurredOn });
    record.reset();
  };

  return (
    <FormFrame
      testId="life-event-form"
      onSubmit={form.handleSubmit(onSubmit)}
      submission={submission}
      actions={{ label: t("peristiwa.submit"), testId: "event-submit", onCancel: onDone }}
    >
      <NativeSelect
        label={t("peristiwa.kind")}
        data={kinds.map((value) => ({ value, label: labels.eventKind(value) }))}
        value={kind}
        onChange={(event) => changeKind(event.currentTarget.value as TEventFormValues["kind"])}
        error={form.formState.errors.kind?.message}
        data-testid="event-kind"
      />
      {!memberEventsPossible && (
        <Text size="xs" c="dimmed" data-testid="event-masked-only">
          {t("peristiwa.maskedOnly")}
        </Text>
      )}
      {isMemberKind(kind) ? (
        <MemberEventFields key={kind} form={form} kind={kind} members={family.members} today={today} />
      ) : (
        <BirthFields form={form} today={today} />
      )}
      <NoteInput
        label={t("peristiwa.catatan")}
        placeholder={t("peristiwa.catatanPlaceholder")}
        maxLength={500}
        {...bind("catatan", "event-catatan")}
      />
    </FormFrame>
  );
}
