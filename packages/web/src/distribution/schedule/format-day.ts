import { useTranslation } from "react-i18next";
import { uiLocale } from "../../ui/date-format.ts";

/** `2026-03-10` → `Selasa, 10 Maret 2026` (or the English form): the day as a schedule is read aloud. */
export function useFormatDay(): (tanggal: string) => string {
  const { i18n } = useTranslation();
  const locale = uiLocale(i18n.language);
  return (tanggal) =>
    new Date(`${tanggal}T00:00:00`).toLocaleDateString(locale, {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
    });
}
