import type { TAnomalyKind, TAnomalyStatus } from "@kawal/core";
import { useTranslation } from "react-i18next";
import { dateFormatters } from "../ui/date-format.ts";

export const anomalyStatusColor: Record<TAnomalyStatus, string> = {
  terbuka: "red",
  ditangani: "yellow",
  selesai: "teal",
  bukan_masalah: "gray",
};

/** Labels and date formats of the anomaly pages in the UI language. */
export function useAnomalyLabels() {
  const { t, i18n } = useTranslation();
  const dates = dateFormatters(i18n.language);
  return {
    kind: (value: TAnomalyKind) => t(`anomali.kind.${value}`),
    status: (value: TAnomalyStatus) => t(`anomali.status.${value}`),
    date: dates.date,
    dateTime: dates.dateTime,
  };
}
