import { utcOffsetZones } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";

/** What one detection run looks at: a programme's period, and a condition on a finding's desa. */
export interface TDetectScope {
  program: string;
  periode: string;
  /** True when a desa code (the finding's) lies in the caller's scope and the requested region. */
  region: (desa: SQL) => SQL;
}

const list = (codes: readonly string[]) =>
  sql.join(
    codes.map((c) => sql`${c}`),
    sql`, `,
  );

/** The local date of a timestamp at a place, by the province's zone (core `utcOffsetHoursOf`). */
export function localDateSql(waktu: SQL, code: SQL): SQL {
  return sql`((${waktu} AT TIME ZONE 'UTC') + make_interval(hours => CASE
            WHEN left(${code}, 2) IN (${list(utcOffsetZones[9])}) THEN 9
            WHEN left(${code}, 2) IN (${list(utcOffsetZones[8])}) THEN 8 ELSE 7 END))::date`;
}

/** A timestamp as ISO text in UTC, whatever the session's time zone. */
export function isoSql(waktu: SQL): SQL {
  return sql`to_char(${waktu} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
}

/** The evidence of one transaction (columns of the `tx` CTE, under `alias`). */
export function txJsonSql(alias: string): SQL {
  const c = (name: string) => sql.raw(`${alias}.${name}`);
  return sql`jsonb_build_object('idTransaksi', ${c("id_transaksi")}, 'waktu', ${isoSql(c("waktu"))},
            'nominal', ${c("nominal")}, 'noKks', ${c("no_kks")}, 'idAgen', ${c("id_agen")})`;
}

/**
 * `tx`: the successful transactions of the period, with their local date. `fam`: each of them with the
 * listed family of its card (one row per transaction): the card on the family's payment row, or
 * another card of that family that `kartu_kks` knows (a replacement card). Both are plain hash joins
 * over the period, never a lookup per row.
 */
export function contextSql(s: TDetectScope): SQL {
  return sql`tx AS (
      SELECT t.kab_code, t.id_transaksi, t.waktu, t.nominal, t.no_kks, t.id_agen, t.desa_code AS agen_desa,
             ${localDateSql(sql`t.waktu`, sql`t.desa_code`)} AS tanggal
      FROM transaksi t
      WHERE t.program_code = ${s.program} AND t.periode = ${s.periode} AND t.status = 'berhasil'
    ),
    daftar AS (
      SELECT d.no_kks AS kartu, 0 AS pilihan, d.kab_code, d.no_kk, d.nik_pengurus, d.nominal, d.desa_code
      FROM daftar_bayar d
      WHERE d.program_code = ${s.program} AND d.periode = ${s.periode}
      UNION ALL
      SELECT k.no_kks, 1, d.kab_code, d.no_kk, d.nik_pengurus, d.nominal, d.desa_code
      FROM daftar_bayar d
      JOIN kartu_kks k ON k.kab_code = d.kab_code AND k.no_kk = d.no_kk AND k.no_kks <> d.no_kks
      WHERE d.program_code = ${s.program} AND d.periode = ${s.periode}
    ),
    fam AS (
      SELECT DISTINCT ON (tx.kab_code, tx.id_transaksi)
             tx.*, d.kab_code AS fam_kab, d.no_kk, d.nik_pengurus, d.nominal AS nominal_daftar, d.desa_code AS fam_desa
      FROM tx JOIN daftar d ON d.kartu = tx.no_kks
      ORDER BY tx.kab_code, tx.id_transaksi, d.pilihan
    )`;
}

/** The columns every finding fills, in the order the kinds' SELECTs give them. */
export const insertColumns = sql`INSERT INTO anomali (kab_code, jenis, kunci, program_code, periode, no_kk, no_kks,
                                                      id_agen, desa_code, bukti)`;

/** Inserts the `found` rows once (a finding already listed, open or closed, stays as it is); counts the new ones. */
export function insertCounted(found: SQL): SQL {
  return sql`, ins AS (
      ${insertColumns}
      ${found}
      ON CONFLICT (kab_code, jenis, kunci) DO NOTHING
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM ins`;
}
