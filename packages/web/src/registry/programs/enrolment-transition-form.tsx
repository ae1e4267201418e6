import { enrolmentReasons, type TEnrolmentStatus, type TEnrolmentView } from "@kawal/core";
import { NativeSelect, Text } from "@mantine/core";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useTransitionEnrolment } from "../../api/enrolment-api.ts";
import { fieldBinder } from "../../ui/field-binding.ts";
import { FormFrame } from "../../ui/form-frame.tsx";
import { NoteInput } from "../../ui/note-input.tsx";
import { notifySuccess } from "../../ui/notify-problem.ts";
import { PastDateInput } from "../../ui/past-date-input.tsx";
import { useSubmission } from "../../ui/use-submission.ts";
import { localToday, newIdempotencyKey } from "../events/event-dates.ts";
import { useRegistryLabels } from "../registry-format.ts";
import { useEnrolmentLabels } from "./enrolment-labels.tsx";

interface TValues {
  ke: string;
  alasanKode: string;
  keterangan: string;
  tanggal: string;
}
const fields = ["ke", "alasanKode", "keterangan", "tanggal"] as const;

/**
 * Moves one enrolment to a next state. Only the states the server offers (`nextStates`) are listed, and
 * for the chosen one only its reasons. The Idempotency-Key lives as long as the form: a retried tap after
 * a lost answer stores the change once.
 */
export function TransitionForm({
  familyId,
  enrolment,
  onDone,
}: {
  familyId: string;
  enrolment: TEnrolmentView;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const labels = useEnrolmentLabels();
  const registry = useRegistryLabels();
  const move = useTransitionEnrolment(familyId);
  const [today] = useState(localToday);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const first = enrolment.nextStates[0] ?? "";
  const form = useForm<TValues>({
    defaultValues: { ke: first, alasanKode: "", keterangan: "", tanggal: today },
  });
  const submission = useSubmission(form, move, fields, { text: t("enrolment.alreadyRecorded") });
  const bind = fieldBinder(form);
  const ke = form.watch("ke") as TEnrolmentStatus | "";
  const reasons: readonly string[] = ke ? enrolmentReasons[ke] : [];

  const onSubmit = (values: TValues) => {
    let missing = false;
    for (const field of ["ke", "alasanKode", "tanggal"] as const) {
      if (!values[field]) {
        form.setError(field, { type: "required", message: t("enrolment.required") });
        missing = true;
      }
    }
    if (values.alasanKode === "lainnya" && !values.keterangan.trim()) {
      form.setError("keterangan", { type: "required", message: t("enrolment.keteranganPlaceholder") });
      missing = true;
    }
    if (missing) return;
    submission.retry();
    move.mutate(
      {
        enrolmentId: enrolment.id,
        idempotencyKey,
        body: {
          ke: values.ke as TEnrolmentStatus,
          tanggal: values.tanggal,
          alasanKode: values.alasanKode,
          ...(values.keterangan.trim() ? { keterangan: values.keterangan.trim() } : {}),
        },
      },
      {
        onSuccess: (result) => {
          notifySuccess(
            t("enrolment.changed", { program: enrolment.program.code, status: labels.status(result.to) }),
          );
          onDone();
        },
        onError: submission.refuse,
      },
    );
  };

  return (
    <FormFrame
      testId="transition-form"
      onSubmit={form.handleSubmit(onSubmit)}
      submission={submission}
      head={
        <Text size="sm">
          {t("enrolment.now", {
            status: labels.status(enrolment.status),
            date: registry.date(enrolment.sejak),
          })}
        </Text>
      }
      actions={{ label: t("enrolment.submit"), testId: "transition-submit", onCancel: onDone }}
    >
      <NativeSelect
        label={t("enrolment.ke")}
        withAsterisk
        data={enrolment.nextStates.map((s) => ({ value: s, label: labels.status(s) }))}
        {...bind("ke", "transition-ke", { onChange: () => form.setValue("alasanKode", "") })}
      />
      <NativeSelect
        label={t("enrolment.alasan")}
        withAsterisk
        data={[
          { value: "", label: t("enrolment.chooseAlasan") },
          ...reasons.map((r) => ({ value: r, label: labels.reason(r) })),
        ]}
        {...bind("alasanKode", "transition-alasan")}
      />
      <NoteInput
        label={t("enrolment.keterangan")}
        placeholder={t("enrolment.keteranganPlaceholder")}
        maxLength={1000}
        {...bind("keterangan", "transition-keterangan")}
      />
      <PastDateInput
        label={t("enrolment.tanggal")}
        today={today}
        min={enrolment.sejak}
        {...bind("tanggal", "transition-tanggal")}
      />
    </FormFrame>
  );
}
