import { NativeSelect, SegmentedControl, Stack, Text, TextInput } from "@mantine/core";
import { Controller, type UseFormReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { newbornHubungan } from "../../api/life-event-api.ts";
import type { TEventFormValues } from "./event-form-values.ts";

/** A newborn: name, sex, birth date, and the NIK only when Dukcapil has issued one already. */
export function BirthFields({ form, today }: { form: UseFormReturn<TEventFormValues>; today: string }) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  return (
    <Stack gap="sm">
      <TextInput
        label={t("peristiwa.nama")}
        withAsterisk
        autoComplete="off"
        error={errors.nama?.message}
        data-testid="event-nama"
        {...form.register("nama")}
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
      <TextInput
        type="date"
        label={t("peristiwa.tanggalLahir")}
        withAsterisk
        max={today}
        error={errors.tanggalLahir?.message}
        data-testid="event-tanggal-lahir"
        {...form.register("tanggalLahir")}
      />
      <NativeSelect
        label={t("peristiwa.hubungan")}
        data={newbornHubungan.map((value) => ({ value, label: t(`hubungan.${value}`) }))}
        error={errors.hubungan?.message}
        data-testid="event-hubungan"
        {...form.register("hubungan")}
      />
      <TextInput
        label={t("peristiwa.nik")}
        description={t("peristiwa.nikHelp")}
        inputMode="numeric"
        autoComplete="off"
        maxLength={16}
        error={errors.nik?.message}
        data-testid="event-nik"
        {...form.register("nik")}
      />
    </Stack>
  );
}
