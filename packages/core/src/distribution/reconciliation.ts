import { z } from "zod";
import { schemaMessage } from "../i18n/schema-message.ts";
import { ZDesaCode } from "../wilayah/desa-code.ts";
import { ZWilayahCode } from "../wilayah/wilayah-code.ts";
import { ZFieldReason, ZPeriod, ZReconciliationClass } from "./distribution.ts";
import { ZProgramCodeOrSembako } from "./distribution-program-code.ts";

/**
 * Reconciliation (docs/formats.md, Reconciliation result) and the realisasi report: the contract between the
 * server's reconcile use cases and the web app's Realisasi tab.
 */

/** A programme's period in the caller's scope, or in a region inside it (the whole scope when absent). */
const periodInScope = { program: ZProgramCodeOrSembako, periode: ZPeriod, wilayah: ZWilayahCode.optional() };

/** `POST /api/distribution/reconcile`: reconcile one programme's period in the caller's scope (or a part of it). */
export const ZReconcileRequest = z.strictObject(periodInScope);
export type TReconcileRequest = z.infer<typeof ZReconcileRequest>;

/** `GET /api/distribution/realisasi`: quota vs realised per desa of the caller's scope. */
export const ZRealisasiQuery = z.strictObject(periodInScope);
export type TRealisasiQuery = z.infer<typeof ZRealisasiQuery>;

/**
 * Below this share of listed families reached, a desa is marked for the TKSK's attention: in the web
 * table and chart and in the printed report alike.
 */
export const LOW_REALISASI_PERSEN = 70;

export function isLowRealisasi(row: { kuota: number; persen: number }): boolean {
  return row.kuota > 0 && row.persen < LOW_REALISASI_PERSEN;
}

/** `GET /api/distribution/realisasi/families`: one desa's families of a period, optionally one class. */
export const ZRealisasiFamiliesQuery = z.strictObject({
  program: ZProgramCodeOrSembako,
  periode: ZPeriod,
  desa: ZDesaCode,
  kelas: ZReconciliationClass.optional(),
  /** The `kunci` of the last row of the previous page (opaque to the client). */
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TRealisasiFamiliesQuery = z.infer<typeof ZRealisasiFamiliesQuery>;

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
export const ZFieldReasonCreate = z.strictObject({
  program: ZProgramCodeOrSembako,
  periode: ZPeriod,
  familyId: z.uuid(),
  alasan: ZFieldReason,
  keterangan: z.string().trim().max(500).optional(),
  /** When the companion found it (the phone's clock); the server's time when absent. */
  dicatatPada: z.iso.datetime({ offset: true }).optional(),
});
export type TFieldReasonCreate = z.infer<typeof ZFieldReasonCreate>;
