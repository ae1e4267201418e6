import type { TAnomalyKind, TAnomalyStatus } from "@kawal/core";
import { useTranslation } from "react-i18next";

export const anomalyStatusColor: Record<TAnomalyStatus, string> = {
  terbuka: "red",
  ditangani: "yellow",
  selesai: "teal",
  bukan_masalah: "gray",
};

/** Labels and date formats of the anomaly pages in the UI language. */
export function useAnomalyLabels() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === "en" ? "en-GB" : "id-ID";
  // Calendar dates carry no time zone: print them in UTC so no day shifts.
  const dateFormat = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const timeFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return {
    kind: (value: TAnomalyKind) => t(`anomali.kind.${value}`),
    status: (value: TAnomalyStatus) => t(`anomali.status.${value}`),
    date: (value: string) => dateFormat.format(new Date(`${value.slice(0, 10)}T00:00:00Z`)),
    dateTime: (value: string) => timeFormat.format(new Date(value)),
  };
}
