import { useTranslation } from "react-i18next";
import { idRegistry } from "../i18n/id-registry.ts";
import { dateFormatters } from "../ui/date-format.ts";

/** Whole years and months from a `YYYY-MM-DD` birth date to `today` (both read as calendar days). */
export function ageOf(birthDate: string, today: Date = new Date()): { years: number; months: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  let months = (today.getFullYear() - year) * 12 + (today.getMonth() + 1 - month);
  if (today.getDate() < day) months -= 1;
  if (months < 0) return null;
  return { years: Math.floor(months / 12), months };
}

function hasKey<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(table, key);
}

/**
 * Labels for the registry's coded values in the UI language. A code this build does not know yet
 * (a new status on the server) shows as it came rather than as nothing.
 */
export function useRegistryLabels() {
  const { t, i18n } = useTranslation();
  const dates = dateFormatters(i18n.language);
  return {
    hubungan: (value: string) => (hasKey(idRegistry.hubungan, value) ? t(`hubungan.${value}`) : value),
    sex: (value: string) => (hasKey(idRegistry.sex, value) ? t(`sex.${value}`) : value),
    status: (value: string) =>
      hasKey(idRegistry.registryStatus, value) ? t(`registryStatus.${value}`) : value,
    column: (value: string) => (hasKey(idRegistry.column, value) ? t(`column.${value}`) : value),
    eventKind: (value: string) => (hasKey(idRegistry.eventKind, value) ? t(`eventKind.${value}`) : value),
    yesNo: (value: boolean | null) => (value === null ? "—" : value ? t("keluarga.yes") : t("keluarga.no")),
    date: (value: string | null) => (value ? dates.date(value) : "—"),
    dateTime: dates.dateTime,
    age: (birthDate: string) => {
      const age = ageOf(birthDate);
      if (!age) return "—";
      return age.years < 1
        ? t("keluarga.ageMonths", { n: age.months })
        : t("keluarga.ageYears", { n: age.years });
    },
  };
}

export type TRegistryLabels = ReturnType<typeof useRegistryLabels>;
