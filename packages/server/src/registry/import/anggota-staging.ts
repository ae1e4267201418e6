import type { TAnggotaRow } from "@kawal/core";

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
  `CREATE TEMP TABLE stg_reject (line integer NOT NULL, kolom text NOT NULL, alasan_id text NOT NULL, alasan_en text NOT NULL)
    ON COMMIT DROP`,
];

export const copyStagingSql = `COPY stg_anggota (${stagingColumns.join(", ")}) FROM STDIN WITH (FORMAT csv)`;

function field(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  // Quote everything textual: an empty quoted field is '' (not NULL), and commas stay inside.
  return `"${value.includes('"') ? value.replaceAll('"', '""') : value}"`;
}

/** One CSV line for COPY, in `stagingColumns` order. */
export function stagingLine(line: number, kabCode: string, row: TAnggotaRow): string {
  return [
    line,
    field(kabCode),
    field(row.nik),
    field(row.noKk),
    field(row.nama),
    field(row.hubungan),
    field(row.jenisKelamin),
    field(row.tanggalLahir),
    field(row.kodeDesa),
    field(row.alamat),
    field(row.rt),
    field(row.rw),
    field(row.desil),
    field(row.pendidikan),
    field(row.pekerjaan),
    field(row.disabilitas),
    field(row.hamil),
    field(row.statusRumah),
    field(row.lantai),
    field(row.dinding),
    field(row.atap),
    field(row.jamban),
    field(row.sumberAir),
    field(row.dayaListrik),
  ].join(",");
}
