import { NativeSelect, Text, TextInput } from "@mantine/core";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { TFamily } from "../api/registry-api.ts";
import { useProposeUsulan } from "../api/usulan-api.ts";
import { localToday } from "../registry/events/event-dates.ts";
import { hasFullNumbers } from "../registry/events/event-members.ts";
import { useRegistryLabels } from "../registry/registry-format.ts";
import { fieldBinder } from "../ui/field-binding.ts";
import { FormFrame } from "../ui/form-frame.tsx";
import { NoteInput } from "../ui/note-input.tsx";
import { notifySuccess } from "../ui/notify-problem.ts";
import { useSubmission } from "../ui/use-submission.ts";
import {
  changeFields,
  familyReasons,
  memberReasons,
  missingProposeFields,
  proposalBody,
  proposeFormFields,
  type TProposeTarget,
  type TProposeValues,
} from "./propose-values.ts";
import { useUsulanLabels } from "./usulan-labels.ts";

/** A DTKS proposal about this family: remove a member or the family, or change its data. */
export function ProposeForm({ family, onDone }: { family: TFamily; onDone: () => void }) {
  const { t } = useTranslation();
  const labels = useUsulanLabels();
  const registry = useRegistryLabels();
  const navigate = useNavigate();
  const propose = useProposeUsulan();
  // A masked NIK cannot name the member to the server.
  const memberPossible = hasFullNumbers(family.members);
  const targets: TProposeTarget[] = memberPossible ? ["member", "family", "change"] : ["family", "change"];
  const form = useForm<TProposeValues>({
    defaultValues: {
      target: targets[0],
      nik: "",
      reason: "",
      tanggal: "",
      field: "alamat",
      value: "",
      note: "",
    },
  });
  const submission = useSubmission(form, propose, proposeFormFields);
  const bind = fieldBinder(form);
  const target = form.watch("target");
  const active = family.members.filter((member) => member.status === "aktif");
  const reasons = target === "member" ? memberReasons : familyReasons;
  const reason = form.watch("reason");

  const onSubmit = (values: TProposeValues) => {
    const missing = missingProposeFields(values);
    for (const field of missing) form.setError(field, { message: t("validation.required") });
    if (missing.length > 0) return;
    propose.mutate(proposalBody(family, values), {
      onSuccess: (usulan) => {
        notifySuccess(t("usulan.proposed"));
        onDone();
        navigate(`/usulan/${usulan.id}`);
      },
      onError: submission.refuse,
    });
  };

  const targetLabel = {
    member: "usulan.targetMember",
    family: "usulan.targetFamily",
    change: "usulan.targetChange",
  } as const;
  return (
    <FormFrame
      testId="usulan-propose-form"
      onSubmit={form.handleSubmit(onSubmit)}
      submission={submission}
      actions={{ label: t("usulan.submit"), testId: "usulan-submit", onCancel: onDone }}
    >
      <NativeSelect
        label={t("usulan.target")}
        data={targets.map((value) => ({ value, label: t(targetLabel[value]) }))}
        data-testid="usulan-target"
        {...form.register("target", { onChange: () => form.setValue("reason", "") })}
      />
      {!memberPossible && (
        <Text size="xs" c="dimmed">
          {t("usulan.maskedMember")}
        </Text>
      )}
      {target === "member" && (
        <NativeSelect
          label={t("usulan.member")}
          withAsterisk
          data={[
            { value: "", label: t("usulan.chooseMember") },
            ...active.map((m) => ({ value: m.nik, label: `${m.nama} · ${registry.hubungan(m.hubungan)}` })),
          ]}
          {...bind("nik", "usulan-member")}
        />
      )}
      {target !== "change" && (
        <NativeSelect
          label={t("usulan.reasonLabel")}
          withAsterisk
          data={[
            { value: "", label: "—" },
            ...reasons.map((value) => ({ value, label: labels.reason(value) })),
          ]}
          {...bind("reason", "usulan-reason")}
        />
      )}
      {target !== "change" && (reason === "meninggal" || reason === "pindah") && (
        <TextInput
          type="date"
          max={localToday()}
          label={reason === "meninggal" ? t("usulan.tanggalMeninggal") : t("usulan.tanggalPindah")}
          data-testid="usulan-tanggal"
          {...form.register("tanggal")}
        />
      )}
      {target === "change" && (
        <>
          <NativeSelect
            label={t("usulan.changeField")}
            data={changeFields.map((value) => ({ value, label: registry.column(value) }))}
            {...form.register("field")}
          />
          <TextInput label={t("usulan.changeValue")} withAsterisk {...bind("value", "usulan-value")} />
        </>
      )}
      <NoteInput label={t("usulan.note")} maxLength={1000} {...bind("note", "usulan-note")} />
    </FormFrame>
  );
}
