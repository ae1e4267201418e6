import { sql } from "@kawal/server/bench";

/**
 * The aid of the synthetic kabupaten, from the loaded families, by one INSERT … SELECT each: 40 % in
 * Sembako, one in seven in PKH, one in six with a gift from a mosque a month ago, one in fifty
 * registered as PMKS Fakir Miskin. Chosen by a hash of the No. KK, so every run has the same aid.
 */
export const aidStatements = [
  sql`INSERT INTO enrolment (kab_code, program_code, no_kk, desa_code, nik_pengurus, status, sejak)
      SELECT kab_code, 'SEMBAKO', no_kk, desa_code, '-', 'aktif', DATE '2021-03-01'
      FROM keluarga WHERE abs(hashtext(no_kk)) % 5 < 2`,
  sql`INSERT INTO enrolment (kab_code, program_code, no_kk, desa_code, nik_pengurus, status, sejak)
      SELECT kab_code, 'PKH', no_kk, desa_code, '-', 'aktif', DATE '2021-03-01'
      FROM keluarga WHERE abs(hashtext(no_kk)) % 7 = 0`,
  sql`INSERT INTO bantuan_lain (kab_code, no_kk, desa_code, jenis_pemberi, pemberi, bentuk, nilai, tanggal, recorded_by)
      SELECT kab_code, no_kk, desa_code, 'masjid', 'Masjid', 'uang', 100000, CURRENT_DATE - 30,
             '00000000-0000-0000-0000-000000000000'
      FROM keluarga WHERE abs(hashtext(no_kk)) % 6 = 0`,
  sql`INSERT INTO social_register (kab_code, register, kategori_kode, kecamatan_code, desa_code, nama, no_kk, recorded_by)
      SELECT kab_code, 'pmks', 24, left(desa_code, 8), desa_code, 'Fakir miskin', no_kk,
             '00000000-0000-0000-0000-000000000000'
      FROM keluarga WHERE abs(hashtext(no_kk)) % 50 = 0`,
];

/**
 * Per family of the area: open programmes plus gifts since `since` (`sources`) and eligibility (desil
 * 1–4, or PMKS Fakir Miskin, category 24). The floor's reading: no scope, no per-member Fakir Miskin
 * entries (the synthetic register names families only), no kepala name, no masking.
 */
function floorFamilies(area: ReturnType<typeof sql>, since: string) {
  return sql`
    WITH p AS (SELECT no_kk, count(*) AS n FROM enrolment
               WHERE status IN ('aktif', 'ditangguhkan') AND ${area} GROUP BY no_kk),
         g AS (SELECT no_kk, count(*) AS n FROM bantuan_lain
               WHERE tanggal >= ${since}::date AND ${area} GROUP BY no_kk),
         fm AS (SELECT DISTINCT no_kk FROM social_register
                WHERE register = 'pmks' AND kategori_kode = 24 AND status = 'aktif' AND ${area})
    SELECT k.desa_code, k.no_kk, coalesce(p.n, 0) + coalesce(g.n, 0) AS sources,
           (k.desil BETWEEN 1 AND 4 OR fm.no_kk IS NOT NULL) AS eligible
    FROM keluarga k
    LEFT JOIN p ON p.no_kk = k.no_kk LEFT JOIN g ON g.no_kk = k.no_kk LEFT JOIN fm ON fm.no_kk = k.no_kk
    WHERE k.status = 'aktif' AND ${area}`;
}

/** The floor of one desa: its two lists (two sources or more; eligible with none), most sources first. */
export function floorDesaSql(desa: string, since: string) {
  return sql`SELECT f.no_kk, f.sources, f.sources >= 2 AS piled
             FROM (${floorFamilies(sql`desa_code = ${desa}`, since)}) f
             WHERE f.sources >= 2 OR (f.eligible AND f.sources = 0)
             ORDER BY f.sources DESC, f.no_kk`;
}

/** The floor of the kabupaten summary: per desa, families, eligible without aid, three sources or more. */
export function floorSummarySql(kab: string, since: string) {
  return sql`SELECT f.desa_code, count(*)::int AS families,
                    (count(*) FILTER (WHERE f.eligible AND f.sources = 0))::int AS eligible_without,
                    (count(*) FILTER (WHERE f.sources >= 3))::int AS piled
             FROM (${floorFamilies(sql`kab_code = ${kab}`, since)}) f
             GROUP BY f.desa_code ORDER BY f.desa_code`;
}
