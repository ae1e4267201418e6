import { NativeSelect, SegmentedControl, Stack, Text, TextInput } from "@mantine/core";
import { Controller, type UseFormReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { newbornHubungan } from "../../api/life-event-api.ts";
import { fieldBinder } from "../../ui/field-binding.ts";
import { PastDateInput } from "../../ui/past-date-input.tsx";
import type { TEventFormValues } from "./event-form-values.ts";

/** A newborn: name, sex, birth date, and the NIK only when Dukcapil has issued one already. */
export function BirthFields({ form, today }: { form: UseFormReturn<TEventFormValues>; today: string }) {
  const { t } = useTranslation();
  const bind = fieldBinder(form);
  return (
    <Stack gap="sm">
      <TextInput
        label={t("peristiwa.nama")}
        withAsterisk
        autoComplete="off"
        {...bind("nama", "event-nama")}
      />
      <Controller
        control={form.control}
        name="jenisKelamin"
        render={({ field, fieldState }) => (
          <Stack gap={4}>
            <Text size="sm" fw={500} id="event-sex-label">
              {t("peristiwa.jenisKelamin")}{" "}
              <Text span c="red">
                *
              </Text>
            </Text>
            <SegmentedControl
              fullWidth
              aria-labelledby="event-sex-label"
              value={field.value}
              onChange={(value) => field.onChange(value)}
              data={[
                { value: "L", label: t("sex.L") },
                { value: "P", label: t("sex.P") },
              ]}
              data-testid="event-sex"
            />
            {fieldState.error && (
              <Text size="xs" c="red">
                {fieldState.error.message}
              </Text>
            )}
          </Stack>
        )}
      />
      <PastDateInput
        label={t("peristiwa.tanggalLahir")}
        today={today}
        {...bind("tanggalLahir", "event-tanggal-lahir")}
      />
      <NativeSelect
        label={t("peristiwa.hubungan")}
        data={newbornHubungan.map((value) => ({ value, label: t(`hubungan.${value}`) }))}
        {...bind("hubungan", "event-hubungan")}
      />
      <TextInput
        label={t("peristiwa.nik")}
        description={t("peristiwa.nikHelp")}
        inputMode="numeric"
        autoComplete="off"
        maxLength={16}
        {...bind("nik", "event-nik")}
      />
    </Stack>
  );
}
