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
 * The transactions that can give a finding in the region: a finding lies in the desa of the card's
 * listed family, of the card register for a card held by staff, or else of the agent. So a search of a
 * kecamatan reads its agents' transactions and those on its families' cards (listed, or known to the
 * register for them), not the whole country's. A national scope is TRUE here, which the planner folds
 * away.
 */
function relevant(s: TDetectScope): SQL {
  const listed = sql`d.program_code = ${s.program} AND d.periode = ${s.periode}`;
  return sql`(${s.region(sql`t.desa_code`)}
    OR t.no_kks IN (SELECT d.no_kks FROM daftar_bayar d WHERE ${listed} AND ${s.region(sql`d.desa_code`)})
    OR t.no_kks IN (SELECT k.no_kks FROM kartu_kks k WHERE ${s.region(sql`k.desa_code`)})
    OR t.no_kks IN (SELECT k.no_kks FROM kartu_kks k
                    JOIN daftar_bayar d ON d.kab_code = k.kab_code AND d.no_kk = k.no_kk
                    WHERE ${listed} AND ${s.region(sql`d.desa_code`)}))`;
}

/**
 * Run once per detection, before the kinds, in the same transaction: `anomali_tx` holds the successful
 * transactions of the period that can matter in the region, `anomali_fam` each of them with the listed
 * family of its card (the card on the family's payment row, or else another card of that family that
 * `kartu_kks` knows: a replacement). Plain hash joins over the period, computed once instead of once per kind, dropped at
 * commit.
 */
export function prepareContextSql(s: TDetectScope): SQL[] {
  const listed = (d: string) =>
    sql`${sql.raw(d)}.program_code = ${s.program} AND ${sql.raw(d)}.periode = ${s.periode}`;
  const famColumns = sql`tx.*, d.kab_code AS fam_kab, d.no_kk, d.nik_pengurus, d.nominal AS nominal_daftar,
                         d.desa_code AS fam_desa`;
  return [
    sql`DROP TABLE IF EXISTS pg_temp.anomali_tx, pg_temp.anomali_fam`,
    sql`CREATE TEMP TABLE anomali_tx ON COMMIT DROP AS
        SELECT t.kab_code, t.id_transaksi, t.waktu, t.nominal, t.no_kks, t.id_agen, t.desa_code AS agen_desa
        FROM transaksi t
        WHERE t.program_code = ${s.program} AND t.periode = ${s.periode} AND t.status = 'berhasil'
          AND ${relevant(s)}`,
    sql`CREATE TEMP TABLE anomali_fam ON COMMIT DROP AS
        SELECT ${famColumns}
        FROM anomali_tx tx JOIN daftar_bayar d ON d.no_kks = tx.no_kks AND ${listed("d")}
        UNION ALL
        SELECT ${famColumns}
        FROM kartu_kks k
        JOIN daftar_bayar d ON d.kab_code = k.kab_code AND d.no_kk = k.no_kk AND d.no_kks <> k.no_kks AND ${listed("d")}
        JOIN anomali_tx tx ON tx.no_kks = k.no_kks
        WHERE NOT EXISTS (SELECT 1 FROM daftar_bayar d2 WHERE d2.no_kks = tx.no_kks AND ${listed("d2")})`,
    // Temporary tables have no statistics until analysed; the kinds' plans depend on them.
    sql`ANALYZE anomali_tx, anomali_fam`,
  ];
}

/** The period's transactions (`tx`) and their families (`fam`), as the kinds' statements read them. */
export function contextSql(): SQL {
  return sql`tx AS NOT MATERIALIZED (SELECT * FROM anomali_tx),
    fam AS NOT MATERIALIZED (SELECT * FROM anomali_fam)`;
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
