import { z } from "zod";
import { pageOf } from "../views/collections.ts";
import { desaKecamatanFields, programPeriodFields } from "../views/view-fields.ts";
import { ZFieldReason, ZReconciliationClass } from "./distribution.ts";

/** What the reconciliation, realisasi and field-reason endpoints answer; the web app reads the same types. */

/** How many families fell in each class (and cards in none), with the amounts listed and realised. */
const classCounts = {
  tersalur: z.number(),
  sebagian: z.number(),
  belum: z.number(),
  tidakTerdaftar: z.number(),
  nominalDaftar: z.number(),
  nominalRealisasi: z.number(),
};
export const ZClassCounts = z.object(classCounts);
export type TClassCounts = z.infer<typeof ZClassCounts>;

/** Counts of one reconciliation run. */
export const ZReconcileResult = z.object({
  ...programPeriodFields,
  wilayah: z.string().nullable(),
  /** Listed families (kuota). */
  listed: z.number(),
  ...classCounts,
  durationMs: z.number(),
});
export type TReconcileResult = z.infer<typeof ZReconcileResult>;

const realisasiFigures = {
  /** Listed families. */
  kuota: z.number(),
  /** Families with at least one successful transaction (tersalur + sebagian). */
  realisasi: z.number(),
  /** realisasi / kuota × 100, one decimal; 0 when kuota is 0. */
  persen: z.number(),
  ...classCounts,
};

/** One desa's line of the realisasi report (docs/formats.md: kuota, realisasi, persen, amounts). */
export const ZRealisasiRow = z.object({ ...desaKecamatanFields, ...realisasiFigures });
export type TRealisasiRow = z.infer<typeof ZRealisasiRow>;

export const ZRealisasiReport = z.object({
  ...programPeriodFields,
  /** When the shown figures were reconciled; null when the period was never reconciled in this scope. */
  computedAt: z.string().nullable(),
  rows: z.array(ZRealisasiRow),
  /** The sums of the rows (persen over the sums). */
  total: z.object(realisasiFigures),
});
export type TRealisasiReport = z.infer<typeof ZRealisasiReport>;

/** Where a non-withdrawal reason came from: a companion in the field, the bank's failed transaction, or the injection status. */
export const ZAlasanSumber = z.enum(["lapangan", "bank", "injeksi"]);
export type TReasonSource = z.infer<typeof ZAlasanSumber>;

export const ZRealisasiFamily = z.object({
  /** The family's opaque id; null for a tidak_terdaftar card no family is known for. */
  familyId: z.string().nullable(),
  /** Masked (`3517••••••••0001`). */
  noKk: z.string().nullable(),
  /** Masked. */
  noKks: z.string(),
  /** The card holder's (pengurus) name, or the head's when the holder is unknown. */
  nama: z.string().nullable(),
  kelas: ZReconciliationClass,
  nominalDaftar: z.number(),
  nominalRealisasi: z.number(),
  jumlahTransaksi: z.number(),
  transaksiTerakhir: z.string().nullable(),
  /** An alasan_belum code when the reason is one; the bank's text otherwise. */
  alasan: z.union([ZFieldReason, z.string()]).nullable(),
  alasanSumber: ZAlasanSumber.nullable(),
  keterangan: z.string().nullable(),
});
export type TRealisasiFamily = z.infer<typeof ZRealisasiFamily>;

export const ZRealisasiFamilies = pageOf(ZRealisasiFamily);
export type TRealisasiFamilies = z.infer<typeof ZRealisasiFamilies>;

export const ZAlasanBelumRecorded = z.object({
  id: z.string(),
  familyId: z.string(),
  ...programPeriodFields,
  alasan: ZFieldReason,
  keterangan: z.string().nullable(),
  dicatatPada: z.string(),
  recordedAt: z.string(),
});
export type TFieldReasonRecorded = z.infer<typeof ZAlasanBelumRecorded>;
