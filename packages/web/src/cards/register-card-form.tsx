import { ZNoKks } from "@kawal/core";
import { NativeSelect, TextInput } from "@mantine/core";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useRegisterCard } from "../api/card-api.ts";
import { useSchemaText } from "../i18n/use-schema-text.ts";
import { localToday } from "../registry/events/event-dates.ts";
import { fieldBinder } from "../ui/field-binding.ts";
import { FormFrame } from "../ui/form-frame.tsx";
import { notifySuccess } from "../ui/notify-problem.ts";
import { PastDateInput } from "../ui/past-date-input.tsx";
import { useSubmission } from "../ui/use-submission.ts";
import { useCardLabels } from "./card-labels.ts";

interface TValues {
  noKks: string;
  bank: string;
  status: "dicetak" | "diserahkan";
  tanggal: string;
  penerima: string;
}
const fields = ["noKks", "bank", "status", "tanggal", "penerima"] as const;

/** Registers a card for the chosen family: printed at the bank, or already handed to the family. */
export function RegisterCardForm({
  familyId,
  onDone,
}: {
  familyId: string;
  onDone: (cardId: string | null) => void;
}) {
  const { t } = useTranslation();
  const pick = useSchemaText();
  const labels = useCardLabels();
  const register = useRegisterCard();
  const [today] = useState(localToday);
  const form = useForm<TValues>({
    defaultValues: { noKks: "", bank: "", status: "dicetak", tanggal: today, penerima: "" },
  });
  const submission = useSubmission(form, register, fields);
  const bind = fieldBinder(form, pick);
  const status = form.watch("status");

  const onSubmit = (values: TValues) => {
    let missing = false;
    const required = [
      "noKks",
      "bank",
      "tanggal",
      ...(values.status === "diserahkan" ? ["penerima"] : []),
    ] as const;
    for (const field of required) {
      if (!values[field as keyof TValues].trim()) {
        form.setError(field as keyof TValues, { type: "required", message: t("kartu.required") });
        missing = true;
      }
    }
    const number = values.noKks.trim();
    if (number) {
      const parsed = ZNoKks.safeParse(number);
      if (!parsed.success) {
        form.setError("noKks", { type: "format", message: parsed.error.issues[0]?.message ?? "" });
        missing = true;
      }
    }
    if (missing) return;
    register.mutate(
      {
        familyId,
        noKks: values.noKks.trim(),
        bank: values.bank.trim(),
        status: values.status,
        tanggal: values.tanggal,
        ...(values.status === "diserahkan" ? { penerima: values.penerima.trim() } : {}),
      },
      {
        onSuccess: (card) => {
          notifySuccess(t("kartu.registered"));
          onDone(card.id);
        },
        onError: submission.refuse,
      },
    );
  };

  return (
    <FormFrame
      testId="card-register-form"
      onSubmit={form.handleSubmit(onSubmit)}
      submission={submission}
      actions={{
        label: t("kartu.registerSubmit"),
        testId: "card-register-submit",
        onCancel: () => onDone(null),
      }}
    >
      <TextInput
        label={t("kartu.noKks")}
        withAsterisk
        inputMode="numeric"
        autoComplete="off"
        maxLength={16}
        {...bind("noKks", "card-register-nokks")}
      />
      <TextInput label={t("kartu.bank")} withAsterisk {...bind("bank", "card-register-bank")} />
      <NativeSelect
        label={t("kartu.status")}
        data={(["dicetak", "diserahkan"] as const).map((s) => ({ value: s, label: labels.status(s) }))}
        data-testid="card-register-status"
        {...form.register("status")}
      />
      {status === "diserahkan" && (
        <TextInput label={t("kartu.penerima")} withAsterisk {...bind("penerima", "card-register-penerima")} />
      )}
      <PastDateInput label={t("kartu.tanggal")} today={today} {...bind("tanggal", "card-register-tanggal")} />
    </FormFrame>
  );
}
