import { SimpleGrid, TextInput } from "@mantine/core";
import { Controller, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useMe } from "../api/auth-api.ts";
import { useProposeUsulan } from "../api/usulan-api.ts";
import { DesaPicker } from "../registry/events/desa-picker.tsx";
import { fieldBinder } from "../ui/field-binding.ts";
import { FormFrame } from "../ui/form-frame.tsx";
import { NoteInput } from "../ui/note-input.tsx";
import { notifySuccess } from "../ui/notify-problem.ts";
import { useSubmission } from "../ui/use-submission.ts";

/** The DTKS attributes a new family's proposal carries, named as the `anggota` file names them. */
interface TNewFamilyValues {
  desaCode: string | null;
  data: {
    no_kk: string;
    nama_kepala: string;
    alamat: string;
    rt: string;
    rw: string;
    jumlah_anggota: string;
  };
  note: string;
}

const formFields = [
  "desaCode",
  "data.no_kk",
  "data.nama_kepala",
  "data.alamat",
  "data.rt",
  "data.rw",
  "data.jumlah_anggota",
  "note",
] as const;

/** A family missing from the DTKS, proposed for addition in a desa of the user's area. */
export function NewFamilyForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const navigate = useNavigate();
  const propose = useProposeUsulan();
  const form = useForm<TNewFamilyValues>({
    defaultValues: {
      desaCode: null,
      data: { no_kk: "", nama_kepala: "", alamat: "", rt: "", rw: "", jumlah_anggota: "" },
      note: "",
    },
  });
  const submission = useSubmission(form, propose, formFields);
  const bind = fieldBinder(form);

  const onSubmit = (values: TNewFamilyValues) => {
    const required = t("validation.required");
    if (!values.desaCode) form.setError("desaCode", { message: required });
    if (!values.data.nama_kepala.trim()) form.setError("data.nama_kepala", { message: required });
    if (!values.desaCode || !values.data.nama_kepala.trim()) return;
    // Empty boxes are left out: the proposal carries only what the proposer knows.
    const data = Object.fromEntries(
      Object.entries(values.data)
        .map(([key, value]) => [key, value.trim()] as const)
        .filter(([, value]) => value !== ""),
    );
    propose.mutate(
      {
        kind: "tambah",
        desaCode: values.desaCode,
        data,
        ...(values.note.trim() ? { note: values.note.trim() } : {}),
      },
      {
        onSuccess: (usulan) => {
          notifySuccess(t("usulan.proposed"));
          onDone();
          navigate(`/usulan/${usulan.id}`);
        },
        onError: submission.refuse,
      },
    );
  };

  return (
    <FormFrame
      testId="usulan-new-form"
      onSubmit={form.handleSubmit(onSubmit)}
      submission={submission}
      actions={{ label: t("usulan.submit"), onCancel: onDone }}
    >
      <Controller
        control={form.control}
        name="desaCode"
        render={({ field, fieldState }) => (
          <DesaPicker
            label={t("usulan.desa")}
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error?.message}
            within={me?.scopes.map((scope) => scope.code) ?? []}
            testId="usulan-desa"
          />
        )}
      />
      <TextInput label={t("usulan.namaKepala")} withAsterisk {...bind("data.nama_kepala")} />
      <TextInput
        label={t("usulan.noKk")}
        inputMode="numeric"
        maxLength={16}
        autoComplete="off"
        {...bind("data.no_kk")}
      />
      <TextInput label={t("usulan.alamat")} {...bind("data.alamat")} />
      <SimpleGrid cols={3} spacing="xs">
        <TextInput label="RT" inputMode="numeric" {...bind("data.rt")} />
        <TextInput label="RW" inputMode="numeric" {...bind("data.rw")} />
        <TextInput label={t("usulan.jumlahAnggota")} inputMode="numeric" {...bind("data.jumlah_anggota")} />
      </SimpleGrid>
      <NoteInput label={t("usulan.note")} maxLength={1000} {...form.register("note")} />
    </FormFrame>
  );
}
