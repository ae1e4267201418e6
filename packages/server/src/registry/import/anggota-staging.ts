import type { TAnggotaRow } from "@kawal/core";
import { copyField } from "../../interchange/staged-rows.ts";

/**
 * The temporary table an `anggota` file is copied into before any check that needs the whole file or
 * the database. It lives in the import's transaction only (ON COMMIT DROP).
 */
export const stagingColumns = [
  "line",
  "kab_code",
  "nik",
  "no_kk",
  "nama",
  "hubungan",
  "jenis_kelamin",
  "tanggal_lahir",
  "desa_code",
  "alamat",
  "rt",
  "rw",
  "desil",
  "pendidikan",
  "pekerjaan",
  "disabilitas",
  "hamil",
  "status_rumah",
  "lantai",
  "dinding",
  "atap",
  "jamban",
  "sumber_air",
  "daya_listrik",
] as const;

export const createStagingSql = [
  `CREATE TEMP TABLE stg_anggota (
    line integer NOT NULL, kab_code text NOT NULL, nik text NOT NULL, no_kk text NOT NULL, nama text NOT NULL,
    hubungan text NOT NULL, jenis_kelamin text NOT NULL, tanggal_lahir date NOT NULL, desa_code text NOT NULL,
    alamat text, rt text, rw text, desil smallint, pendidikan text, pekerjaan text, disabilitas boolean,
    hamil boolean, status_rumah text, lantai text, dinding text, atap text, jamban text, sumber_air text,
    daya_listrik text, rejected boolean NOT NULL DEFAULT false
  ) ON COMMIT DROP`,
];

/** One CSV line for COPY, in `stagingColumns` order. */
export function stagingLine(line: number, kabCode: string, row: TAnggotaRow): string {
  return [
    line,
    copyField(kabCode),
    copyField(row.nik),
    copyField(row.noKk),
    copyField(row.nama),
    copyField(row.hubungan),
    copyField(row.jenisKelamin),
    copyField(row.tanggalLahir),
    copyField(row.kodeDesa),
    copyField(row.alamat),
    copyField(row.rt),
    copyField(row.rw),
    copyField(row.desil),
    copyField(row.pendidikan),
    copyField(row.pekerjaan),
    copyField(row.disabilitas),
    copyField(row.hamil),
    copyField(row.statusRumah),
    copyField(row.lantai),
    copyField(row.dinding),
    copyField(row.atap),
    copyField(row.jamban),
    copyField(row.sumberAir),
    copyField(row.dayaListrik),
  ].join(",");
}
