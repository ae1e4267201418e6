import type { TAgenRow } from "@kawal/core";
import { copyField } from "../../interchange/staged-rows.ts";

/** The temporary tables an agent file is checked in (the import's transaction only). */
export const AGEN_STAGING = "stg_agen";

export const agenStagingColumns = [
  "line",
  "raw",
  "id_agen",
  "nama",
  "desa_code",
  "bank",
  "alamat",
  "lat",
  "lon",
] as const;

export const createAgenStagingSql = [
  `CREATE TEMP TABLE ${AGEN_STAGING} (
    line integer NOT NULL, raw text NOT NULL, id_agen text NOT NULL, nama text NOT NULL, desa_code text NOT NULL,
    bank text NOT NULL, alamat text, lat double precision, lon double precision,
    kab_code text, rejected boolean NOT NULL DEFAULT false
  ) ON COMMIT DROP`,
];

export function agenStagingLine(line: number, cells: readonly string[], row: TAgenRow): string {
  return [
    line,
    copyField(JSON.stringify(cells)),
    copyField(row.idAgen),
    copyField(row.nama),
    copyField(row.kodeDesa),
    copyField(row.bank),
    copyField(row.alamat),
    row.lat,
    row.lon,
  ].join(",");
}
