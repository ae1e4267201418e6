import { zodResolver } from "@hookform/resolvers/zod";
import {
  aidForms,
  aidGiverKinds,
  type TAidRecordCreate,
  type TAidRecordInput,
  ZAidRecordCreate,
} from "@kawal/core";
import { NativeSelect, SimpleGrid, TextInput } from "@mantine/core";
import { useMemo, useState } from "react";
import { type Path, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useRecordAid } from "../../api/aid-api.ts";
import { useSchemaText } from "../../i18n/use-schema-text.ts";
import { fieldBinder } from "../../ui/field-binding.ts";
import { FormFrame } from "../../ui/form-frame.tsx";
import { notifySuccess } from "../../ui/notify-problem.ts";
import { useSubmission } from "../../ui/use-submission.ts";
import { zodErrorMap } from "../../ui/zod-error-map.ts";
import { localToday, newIdempotencyKey } from "../events/event-dates.ts";

const formFields: Path<TAidRecordInput>[] = [
  "jenisPemberi",
  "pemberi",
  "bentuk",
  "uraian",
  "nilai",
  "tanggal",
];

/**
 * Records one gift to the family. The Idempotency-Key is made for each submission and kept until it is
 * stored: a tap retried after a lost answer cannot store the gift twice. A key the server already
 * stored with other content (the form was edited after a lost answer) reloads the list instead.
 */
export function AidForm({ familyId, onDone }: { familyId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const pick = useSchemaText();
  const record = useRecordAid();
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const resolver = useMemo(() => zodResolver(ZAidRecordCreate, { error: zodErrorMap(t) }), [t]);
  const form = useForm<TAidRecordInput, unknown, TAidRecordCreate>({
    resolver,
    defaultValues: {
      jenisPemberi: "perorangan",
      pemberi: "",
      bentuk: "sembako",
      uraian: "",
      nilai: "",
      tanggal: localToday(),
    },
  });
  const submission = useSubmission(form, record, formFields, {
    text: t("aid.alreadyRecorded"),
    testId: "aid-already-recorded",
  });
  const bind = fieldBinder(form, pick);

  const onSubmit = (body: TAidRecordCreate) => {
    submission.retry();
    record.mutate(
      { familyId, idempotencyKey, body },
      {
        onSuccess: () => {
          notifySuccess(t("aid.saved"));
          setIdempotencyKey(newIdempotencyKey());
          onDone();
        },
        onError: (error) => {
          if (submission.refuse(error)) setIdempotencyKey(newIdempotencyKey());
        },
      },
    );
  };

  return (
    <FormFrame
      testId="aid-form"
      onSubmit={form.handleSubmit(onSubmit)}
      submission={submission}
      actions={{ label: t("aid.submit"), testId: "aid-submit", onCancel: onDone }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t("aid.jenisPemberi")}
          data={aidGiverKinds.map((value) => ({ value, label: t(`aid.giver.${value}`) }))}
          {...bind("jenisPemberi", "aid-jenis-pemberi")}
        />
        <TextInput label={t("aid.pemberi")} required maxLength={200} {...bind("pemberi", "aid-pemberi")} />
        <NativeSelect
          label={t("aid.bentuk")}
          data={aidForms.map((value) => ({ value, label: t(`aid.form.${value}`) }))}
          {...bind("bentuk", "aid-bentuk")}
        />
        <TextInput
          label={t("aid.nilai")}
          description={t("aid.nilaiHelp")}
          required
          inputMode="numeric"
          {...bind("nilai", "aid-nilai")}
        />
        <TextInput
          label={t("aid.tanggal")}
          type="date"
          required
          max={localToday()}
          {...bind("tanggal", "aid-tanggal")}
        />
        <TextInput
          label={t("aid.uraian")}
          placeholder={t("aid.uraianPlaceholder")}
          maxLength={1000}
          {...bind("uraian", "aid-uraian")}
        />
      </SimpleGrid>
    </FormFrame>
  );
}
