import { banks, type TEnrolmentView } from "@kawal/core";
import { Alert, NativeSelect, TextInput } from "@mantine/core";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useEnrolFamily, useProgramChoices } from "../../api/enrolment-api.ts";
import type { TFamily } from "../../api/registry-api.ts";
import { fieldBinder } from "../../ui/field-binding.ts";
import { FormFrame } from "../../ui/form-frame.tsx";
import { notifySuccess } from "../../ui/notify-problem.ts";
import { PastDateInput } from "../../ui/past-date-input.tsx";
import { useSubmission } from "../../ui/use-submission.ts";
import { localToday } from "../events/event-dates.ts";
import { hasFullNumbers } from "../events/event-members.ts";
import { useRegistryLabels } from "../registry-format.ts";

interface TValues {
  programCode: string;
  nikPengurus: string;
  noKks: string;
  bank: string;
  tanggal: string;
}
const fields = ["programCode", "nikPengurus", "noKks", "bank", "tanggal"] as const;

/**
 * Enrols the family in a programme as a candidate: programmes it already has an open enrolment in are
 * not offered, and the card holder is chosen among the active members (the server checks both again).
 */
export function EnrolForm({
  family,
  enrolments,
  onDone,
}: {
  family: TFamily;
  enrolments: TEnrolmentView[];
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const registry = useRegistryLabels();
  const programs = useProgramChoices(true);
  const enrol = useEnrolFamily(family.id);
  const [today] = useState(localToday);
  const form = useForm<TValues>({
    defaultValues: { programCode: "", nikPengurus: "", noKks: "", bank: "", tanggal: today },
  });
  const submission = useSubmission(
    form,
    // The programme list failing shows in the same alert.
    { error: enrol.error ?? programs.error, isPending: enrol.isPending },
    fields,
  );
  const bind = fieldBinder(form);
  const open = new Set(
    enrolments.filter((e) => !["dihentikan", "graduasi"].includes(e.status)).map((e) => e.program.code),
  );
  const choices = (programs.data?.items ?? []).filter((p) => p.aktif && !open.has(p.code));
  const members = family.members.filter((m) => m.status === "aktif");
  const name = (p: { namaId: string; namaEn: string }) => (i18n.language === "en" ? p.namaEn : p.namaId);

  const onSubmit = (values: TValues) => {
    let missing = false;
    for (const field of ["programCode", "nikPengurus", "tanggal"] as const) {
      if (!values[field]) {
        form.setError(field, { type: "required", message: t("enrolment.required") });
        missing = true;
      }
    }
    if (missing) return;
    enrol.mutate(
      {
        programCode: values.programCode,
        nikPengurus: values.nikPengurus,
        tanggal: values.tanggal,
        ...(values.noKks.trim() ? { noKks: values.noKks.trim() } : {}),
        ...(values.bank ? { bank: values.bank as (typeof banks)[number] } : {}),
      },
      {
        onSuccess: () => {
          notifySuccess(t("enrolment.enrolled", { program: values.programCode }));
          onDone();
        },
        onError: submission.refuse,
      },
    );
  };

  if (!hasFullNumbers(family.members)) {
    return (
      <Alert color="orange" data-testid="enrol-masked-only">
        {t("enrolment.maskedOnly")}
      </Alert>
    );
  }
  return (
    <FormFrame
      testId="enrol-form"
      onSubmit={form.handleSubmit(onSubmit)}
      submission={submission}
      actions={{ label: t("enrolment.submit"), testId: "enrol-submit", onCancel: onDone }}
    >
      {programs.isSuccess && choices.length === 0 && <Alert color="gray">{t("enrolment.allEnrolled")}</Alert>}
      <NativeSelect
        label={t("enrolment.program")}
        withAsterisk
        data={[
          { value: "", label: t("enrolment.chooseProgram") },
          ...choices.map((p) => ({ value: p.code, label: `${p.code} · ${name(p)}` })),
        ]}
        {...bind("programCode", "enrol-program")}
      />
      <NativeSelect
        label={t("enrolment.pengurus")}
        withAsterisk
        data={[
          { value: "", label: t("enrolment.choosePengurus") },
          ...members.map((m) => ({ value: m.nik, label: `${m.nama} · ${registry.hubungan(m.hubungan)}` })),
        ]}
        {...bind("nikPengurus", "enrol-pengurus")}
      />
      <TextInput
        label={t("enrolment.noKks")}
        inputMode="numeric"
        maxLength={16}
        {...bind("noKks", "enrol-no-kks")}
      />
      <NativeSelect
        label={t("enrolment.bank")}
        data={[{ value: "", label: t("enrolment.noBank") }, ...banks.map((b) => ({ value: b, label: b }))]}
        {...bind("bank", "enrol-bank")}
      />
      <PastDateInput label={t("enrolment.tanggal")} today={today} {...bind("tanggal", "enrol-tanggal")} />
    </FormFrame>
  );
}
