import { Alert, Autocomplete, NativeSelect, SegmentedControl, Stack, Text } from "@mantine/core";
import { Controller, type UseFormReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { TMember } from "../../api/registry-api.ts";
import { fieldBinder } from "../../ui/field-binding.ts";
import { PastDateInput } from "../../ui/past-date-input.tsx";
import { useRegistryLabels } from "../registry-format.ts";
import { DesaPicker } from "./desa-picker.tsx";
import type { TEventFormValues } from "./event-form-values.ts";
import { eligibleMembers, type TMemberEventKind } from "./event-members.ts";

/** School levels as companions write them in the `anggota` file; free text is still accepted. */
const schoolLevels = ["Belum sekolah", "TK/PAUD", "SD", "SMP", "SMA", "SMK", "D3", "S1", "Tidak sekolah"];

interface TMemberEventFieldsProps {
  form: UseFormReturn<TEventFormValues>;
  kind: TMemberEventKind;
  members: readonly TMember[];
  today: string;
}

/** The member the event is about, when it happened, and what the kind itself needs. */
export function MemberEventFields({ form, kind, members, today }: TMemberEventFieldsProps) {
  const { t } = useTranslation();
  const labels = useRegistryLabels();
  const { errors } = form.formState;
  const bind = fieldBinder(form);
  const candidates = eligibleMembers(kind, members);
  if (candidates.length === 0) {
    return (
      <Alert color="yellow" data-testid="event-no-member">
        {t("peristiwa.noEligible")}
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t("peristiwa.member")}
        withAsterisk
        data={[
          { value: "", label: t("peristiwa.chooseMember") },
          ...candidates.map((m) => ({
            value: m.nik,
            label: `${m.nama} · ${labels.hubungan(m.hubungan)} · ${labels.age(m.tanggalLahir)}`,
          })),
        ]}
        error={errors.nik?.message}
        data-testid="event-member"
        {...form.register("nik", {
          // A disability event changes the state: offer the opposite of what is recorded now.
          onChange: (event: { target: { value: string } }) => {
            const member = candidates.find((m) => m.nik === event.target.value);
            if (kind === "disabilitas" && member) form.setValue("disabilitas", member.disabilitas !== true);
          },
        })}
      />
      <PastDateInput
        label={t("peristiwa.occurredOn")}
        today={today}
        {...bind("occurredOn", "event-occurred-on")}
      />
      {kind === "sekolah" && (
        <Controller
          control={form.control}
          name="pendidikan"
          render={({ field, fieldState }) => (
            <Autocomplete
              label={t("peristiwa.pendidikan")}
              placeholder={t("peristiwa.pendidikanPlaceholder")}
              withAsterisk
              data={schoolLevels}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
              data-testid="event-pendidikan"
            />
          )}
        />
      )}
      {kind === "pindah" && (
        <Controller
          control={form.control}
          name="tujuanDesa"
          render={({ field, fieldState }) => (
            <DesaPicker
              label={t("peristiwa.tujuanDesa")}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
      )}
      {kind === "disabilitas" && (
        <Controller
          control={form.control}
          name="disabilitas"
          render={({ field }) => (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="event-disability-label">
                {t("peristiwa.disabilitas")}
              </Text>
              <SegmentedControl
                fullWidth
                orientation="vertical"
                aria-labelledby="event-disability-label"
                value={field.value ? "ya" : "tidak"}
                onChange={(value) => field.onChange(value === "ya")}
                data={[
                  { value: "ya", label: t("peristiwa.disabilitasYes") },
                  { value: "tidak", label: t("peristiwa.disabilitasNo") },
                ]}
                data-testid="event-disabilitas"
              />
              {errors.disabilitas && (
                <Text size="xs" c="red">
                  {errors.disabilitas.message}
                </Text>
              )}
            </Stack>
          )}
        />
      )}
    </Stack>
  );
}
