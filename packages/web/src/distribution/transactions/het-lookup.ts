import { normalizeItemName, type THetView } from "@kawal/core";

/** The HET line for a commodity and unit as typed (normalised as the server stores them), if any. */
export function hetFor(table: readonly THetView[], komoditas: string, satuan: string): THetView | undefined {
  const k = normalizeItemName(komoditas);
  const s = normalizeItemName(satuan);
  return table.find((h) => h.komoditas === k && h.satuan === s);
}

/** `minyak_goreng` → `minyak goreng`: the stored name as a person reads it. */
export const itemLabel = (name: string) => name.replaceAll("_", " ");

/** The current month on this device, `YYYY-MM`: the period a counter entry belongs to by default. */
export function thisMonth(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}
