import type { TDaftarBayarRow } from "@kawal/core";
import { copyField } from "../../interchange/staged-rows.ts";

/** The temporary tables a payment list is checked in (the import's transaction only). */
export const DAFTAR_BAYAR_STAGING = "stg_daftar_bayar";

export const daftarBayarStagingColumns = [
  "line",
  "raw",
  "periode",
  "program",
  "no_kk",
  "nik_pengurus",
  "nominal",
  "no_kks",
  "bank",
  "tahap",
  "status_injeksi",
  "tanggal_injeksi",
] as const;

export const createDaftarBayarStagingSql = [
  `CREATE TEMP TABLE ${DAFTAR_BAYAR_STAGING} (
    line integer NOT NULL, raw text NOT NULL, periode text NOT NULL, program text NOT NULL, no_kk text NOT NULL,
    nik_pengurus text NOT NULL, nominal bigint NOT NULL, no_kks text NOT NULL, bank text NOT NULL, tahap smallint,
    status_injeksi text, tanggal_injeksi date,
    kab_code text, desa_code text, rejected boolean NOT NULL DEFAULT false
  ) ON COMMIT DROP`,
];

/** One CSV line for COPY, in `daftarBayarStagingColumns` order; the row's own cells travel along for the rejected file. */
export function daftarBayarStagingLine(line: number, cells: readonly string[], row: TDaftarBayarRow): string {
  return [
    line,
    copyField(JSON.stringify(cells)),
    copyField(row.periode),
    copyField(row.program),
    copyField(row.noKk),
    copyField(row.nikPengurus),
    row.nominal,
    copyField(row.noKks),
    copyField(row.bank),
    row.tahap,
    copyField(row.statusInjeksi),
    copyField(row.tanggalInjeksi),
  ].join(",");
}
