import { z } from "zod";
import { ZWilayahCode } from "../wilayah/wilayah-code.ts";
import {
  type TFieldReason,
  type TReconciliationClass,
  ZFieldReason,
  ZPeriod,
  ZReconciliationClass,
} from "./distribution.ts";

/**
 * Reconciliation (FORMATS.md, Reconciliation result) and the realisasi report: the contract between the
 * server's reconcile use cases and the web app's Realisasi tab.
 */

const ZProgramCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9_]{2,32}$/, "kode program tidak valid / not a programme code")
  .default("SEMBAKO");
const ZDesaCode = ZWilayahCode.refine((code) => code.split(".").length === 4, {
  message: "harus kode desa/kelurahan (contoh 35.17.14.2001) / must be a desa code (e.g. 35.17.14.2001)",
});

/** `POST /api/distribution/reconcile`: reconcile one programme's period in the caller's scope (or a part of it). */
export const ZReconcileRequest = z.strictObject({
  program: ZProgramCode,
  periode: ZPeriod,
  /** A region inside the caller's scope; the whole scope when absent. */
  wilayah: ZWilayahCode.optional(),
});
export type TReconcileRequest = z.infer<typeof ZReconcileRequest>;

/** Counts of one reconciliation run. */
export interface TReconcileResult {
  program: string;
  periode: string;
  wilayah: string | null;
  /** Listed families (kuota). */
  listed: number;
  tersalur: number;
  sebagian: number;
  belum: number;
  tidakTerdaftar: number;
  nominalDaftar: number;
  nominalRealisasi: number;
  durationMs: number;
}

/** `GET /api/distribution/realisasi`: quota vs realised per desa of the caller's scope. */
export const ZRealisasiQuery = z.strictObject({
  program: ZProgramCode,
  periode: ZPeriod,
  wilayah: ZWilayahCode.optional(),
});
export type TRealisasiQuery = z.infer<typeof ZRealisasiQuery>;

/** One desa's line of the realisasi report (FORMATS.md: kuota, realisasi, persen, amounts). */
export interface TRealisasiRow {
  desa: { code: string; name: string };
  kecamatan: { code: string; name: string };
  /** Listed families. */
  kuota: number;
  /** Families with at least one successful transaction (tersalur + sebagian). */
  realisasi: number;
  /** realisasi / kuota × 100, one decimal; 0 when kuota is 0. */
  persen: number;
  tersalur: number;
  sebagian: number;
  belum: number;
  tidakTerdaftar: number;
  nominalDaftar: number;
  nominalRealisasi: number;
}

/**
 * Below this share of listed families reached, a desa is marked for the TKSK's attention: in the web
 * table and chart and in the printed report alike.
 */
export const LOW_REALISASI_PERSEN = 70;

export function isLowRealisasi(row: { kuota: number; persen: number }): boolean {
  return row.kuota > 0 && row.persen < LOW_REALISASI_PERSEN;
}

export interface TRealisasiReport {
  program: string;
  periode: string;
  /** When the shown figures were reconciled; null when the period was never reconciled in this scope. */
  computedAt: string | null;
  rows: TRealisasiRow[];
  /** The sums of the rows (persen over the sums). */
  total: Omit<TRealisasiRow, "desa" | "kecamatan">;
}

/** `GET /api/distribution/realisasi/families`: one desa's families of a period, optionally one class. */
export const ZRealisasiFamiliesQuery = z.strictObject({
  program: ZProgramCode,
  periode: ZPeriod,
  desa: ZDesaCode,
  kelas: ZReconciliationClass.optional(),
  /** The `kunci` of the last row of the previous page (opaque to the client). */
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TRealisasiFamiliesQuery = z.infer<typeof ZRealisasiFamiliesQuery>;

/** Where a non-withdrawal reason came from: a companion in the field, the bank's failed transaction, or the injection status. */
export type TReasonSource = "lapangan" | "bank" | "injeksi";

export interface TRealisasiFamily {
  /** The family's opaque id; null for a tidak_terdaftar card no family is known for. */
  familyId: string | null;
  /** Masked (`3517••••••••0001`). */
  noKk: string | null;
  /** Masked. */
  noKks: string;
  /** The card holder's (pengurus) name, or the head's when the holder is unknown. */
  nama: string | null;
  kelas: TReconciliationClass;
  nominalDaftar: number;
  nominalRealisasi: number;
  jumlahTransaksi: number;
  transaksiTerakhir: string | null;
  /** An alasan_belum code when the reason is one; the bank's text otherwise. */
  alasan: TFieldReason | string | null;
  alasanSumber: TReasonSource | null;
  keterangan: string | null;
}

export interface TRealisasiFamilies {
  items: TRealisasiFamily[];
  nextCursor: string | null;
}

/** `GET /api/distribution/realisasi/export`: the report as a file. */
export const ZRealisasiExportQuery = z.strictObject({
  program: ZProgramCode,
  periode: ZPeriod,
  wilayah: ZWilayahCode.optional(),
  format: z.enum(["csv", "xlsx", "pdf"], {
    error: "format harus csv, xlsx atau pdf / format must be csv, xlsx or pdf",
  }),
});
export type TRealisasiExportQuery = z.infer<typeof ZRealisasiExportQuery>;

/**
 * `POST /api/distribution/reasons` with an `Idempotency-Key` header: a companion records in the field
 * why a listed family did not withdraw or spend. Shaped as a command so the phone's offline outbox can
 * carry it later; a retry with the same key answers the first result.
 */
export const ZFieldReasonCreate = z.strictObject({
  program: ZProgramCode,
  periode: ZPeriod,
  familyId: z.uuid(),
  alasan: ZFieldReason,
  keterangan: z.string().trim().max(500).optional(),
  /** When the companion found it (the phone's clock); the server's time when absent. */
  dicatatPada: z.iso.datetime({ offset: true }).optional(),
});
export type TFieldReasonCreate = z.infer<typeof ZFieldReasonCreate>;

export interface TFieldReasonRecorded {
  id: string;
  familyId: string;
  program: string;
  periode: string;
  alasan: TFieldReason;
  keterangan: string | null;
  dicatatPada: string;
  recordedAt: string;
}
