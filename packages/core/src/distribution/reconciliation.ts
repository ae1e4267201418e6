import { z } from "zod";
import { commonMessages } from "../i18n/common-messages.ts";
import { schemaMessage } from "../i18n/schema-message.ts";
import { ZWilayahCode } from "../wilayah/wilayah-code.ts";
import {
  type TAlasanBelum,
  type TRekonsiliasiKelas,
  ZAlasanBelum,
  ZPeriode,
  ZRekonsiliasiKelas,
} from "./distribution.ts";

/**
 * Reconciliation (FORMATS.md, Reconciliation result) and the realisasi report: the contract between the
 * server's reconcile use cases and the web app's Realisasi tab.
 */

const ZProgramCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9_]{2,32}$/, commonMessages.programCode)
  .default("SEMBAKO");
const ZDesaCode = ZWilayahCode.refine((code) => code.split(".").length === 4, {
  message: commonMessages.desaCode,
});

/** A programme's period in the caller's scope, or in a region inside it (the whole scope when absent). */
const periodInScope = { program: ZProgramCode, periode: ZPeriode, wilayah: ZWilayahCode.optional() };

/** `POST /api/distribution/reconcile`: reconcile one programme's period in the caller's scope (or a part of it). */
export const ZReconcileRequest = z.strictObject(periodInScope);
export type TReconcileRequest = z.infer<typeof ZReconcileRequest>;

/** How many families fell in each class (and cards in none), with the amounts listed and realised. */
export interface TClassCounts {
  tersalur: number;
  sebagian: number;
  belum: number;
  tidakTerdaftar: number;
  nominalDaftar: number;
  nominalRealisasi: number;
}

/** Counts of one reconciliation run. */
export interface TReconcileResult extends TClassCounts {
  program: string;
  periode: string;
  wilayah: string | null;
  /** Listed families (kuota). */
  listed: number;
  durationMs: number;
}

/** `GET /api/distribution/realisasi`: quota vs realised per desa of the caller's scope. */
export const ZRealisasiQuery = z.strictObject(periodInScope);
export type TRealisasiQuery = z.infer<typeof ZRealisasiQuery>;

/** One desa's line of the realisasi report (FORMATS.md: kuota, realisasi, persen, amounts). */
export interface TRealisasiRow extends TClassCounts {
  desa: { code: string; name: string };
  kecamatan: { code: string; name: string };
  /** Listed families. */
  kuota: number;
  /** Families with at least one successful transaction (tersalur + sebagian). */
  realisasi: number;
  /** realisasi / kuota × 100, one decimal; 0 when kuota is 0. */
  persen: number;
}

/**
 * Below this share of listed families reached, a desa is marked for the TKSK's attention: in the web
 * table and chart and in the printed report alike.
 */
export const LOW_REALISATION_PERSEN = 70;

export function isLowRealisation(row: { kuota: number; persen: number }): boolean {
  return row.kuota > 0 && row.persen < LOW_REALISATION_PERSEN;
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
  periode: ZPeriode,
  desa: ZDesaCode,
  kelas: ZRekonsiliasiKelas.optional(),
  /** The `kunci` of the last row of the previous page (opaque to the client). */
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TRealisasiFamiliesQuery = z.infer<typeof ZRealisasiFamiliesQuery>;

/** Where a non-withdrawal reason came from: a companion in the field, the bank's failed transaction, or the injection status. */
export type TAlasanSumber = "lapangan" | "bank" | "injeksi";

export interface TRealisasiFamily {
  /** The family's opaque id; null for a tidak_terdaftar card no family is known for. */
  familyId: string | null;
  /** Masked (`3517••••••••0001`). */
  noKk: string | null;
  /** Masked. */
  noKks: string;
  /** The card holder's (pengurus) name, or the head's when the holder is unknown. */
  nama: string | null;
  kelas: TRekonsiliasiKelas;
  nominalDaftar: number;
  nominalRealisasi: number;
  jumlahTransaksi: number;
  transaksiTerakhir: string | null;
  /** An alasan_belum code when the reason is one; the bank's text otherwise. */
  alasan: TAlasanBelum | string | null;
  alasanSumber: TAlasanSumber | null;
  keterangan: string | null;
}

export interface TRealisasiFamilies {
  items: TRealisasiFamily[];
  nextCursor: string | null;
}

/** `GET /api/distribution/realisasi/export`: the report as a file. */
export const ZRealisasiExportQuery = z.strictObject({
  ...periodInScope,
  format: z.enum(["csv", "xlsx", "pdf"], {
    error: schemaMessage({ id: "format harus csv, xlsx atau pdf", en: "format must be csv, xlsx or pdf" }),
  }),
});
export type TRealisasiExportQuery = z.infer<typeof ZRealisasiExportQuery>;

/**
 * `POST /api/distribution/reasons` with an `Idempotency-Key` header: a companion records in the field
 * why a listed family did not withdraw or spend. Shaped as a command so the phone's offline outbox can
 * carry it later; a retry with the same key answers the first result.
 */
export const ZAlasanBelumCreate = z.strictObject({
  program: ZProgramCode,
  periode: ZPeriode,
  familyId: z.uuid(),
  alasan: ZAlasanBelum,
  keterangan: z.string().trim().max(500).optional(),
  /** When the companion found it (the phone's clock); the server's time when absent. */
  dicatatPada: z.iso.datetime({ offset: true }).optional(),
});
export type TAlasanBelumCreate = z.infer<typeof ZAlasanBelumCreate>;

export interface TAlasanBelumRecorded {
  id: string;
  familyId: string;
  program: string;
  periode: string;
  alasan: TAlasanBelum;
  keterangan: string | null;
  dicatatPada: string;
  recordedAt: string;
}
