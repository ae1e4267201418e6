import { AID_ELIGIBLE_MAX_DESIL, PMKS_FAKIR_MISKIN } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";

/** Enrolment states that count as being in a programme now (calon and tervalidasi receive nothing yet). */
export const OPEN_ENROLMENT = sql`('aktif', 'ditangguhkan')`;

/**
 * `fm`: the families (kab_code, no_kk) registered as PMKS Fakir Miskin, themselves or through an active
 * member. An entry with a NIK follows its member (who may have changed family); one without names the
 * family. Needs a `fam` relation before it (only its kabupaten are read).
 */
export function fakirMiskinCte(): SQL {
  const fakirMiskin = sql`s.register = 'pmks' AND s.kategori_kode = ${PMKS_FAKIR_MISKIN} AND s.status = 'aktif'
                          AND s.kab_code IN (SELECT DISTINCT kab_code FROM fam)`;
  return sql`fm AS MATERIALIZED (
      SELECT s.kab_code, s.no_kk FROM social_register s
      WHERE ${fakirMiskin} AND s.nik IS NULL AND s.no_kk IS NOT NULL
      UNION
      SELECT a.kab_code, a.no_kk FROM social_register s
      JOIN anggota a ON a.kab_code = s.kab_code AND a.nik = s.nik AND a.status = 'aktif'
      WHERE ${fakirMiskin} AND s.nik IS NOT NULL
    )`;
}

/**
 * One row per active family chosen by `familyFilter` (a condition on `k`, the `keluarga` row): its open
 * programmes, its gifts since `since`, and whether it is eligible (desil 1–4, or it or one of its
 * active members is in the PMKS register as Fakir Miskin). One statement; each family's programmes and
 * gifts are read through the (kab_code, no_kk) indexes and the Fakir Miskin links are one hashed set,
 * so the plan stays linear even where the tables were never analysed (the embedded database has no
 * autovacuum: joins of aggregates planned as one-row inputs took seconds). Status and date filter the
 * aggregates rather than the rows, so no partial or other kab_code-led index looks cheaper than the
 * family's. The result is the relation `ov`; `select` reads from it.
 */
export function overlapSql(familyFilter: SQL, since: string, select: SQL): SQL {
  return sql`
    WITH fam AS MATERIALIZED (
      SELECT k.kab_code, k.no_kk, k.id, k.desa_code, k.desil FROM keluarga k
      WHERE k.status = 'aktif' AND ${familyFilter}
    ),
    ${fakirMiskinCte()},
    base AS (
      SELECT f.kab_code, f.no_kk, f.id, f.desa_code, f.desil,
             coalesce(p.programs, ARRAY[]::text[]) AS programs,
             g.gifts, g.gift_total,
             (f.kab_code, f.no_kk) IN (SELECT kab_code, no_kk FROM fm) AS fakir_miskin
      FROM fam f
      LEFT JOIN LATERAL (
        SELECT array_agg(DISTINCT e.program_code ORDER BY e.program_code)
                 FILTER (WHERE e.status IN ${OPEN_ENROLMENT}) AS programs
        FROM enrolment e WHERE e.kab_code = f.kab_code AND e.no_kk = f.no_kk
      ) p ON TRUE
      LEFT JOIN LATERAL (
        SELECT (count(*) FILTER (WHERE b.tanggal >= ${since}::date))::int AS gifts,
               coalesce(sum(b.nilai) FILTER (WHERE b.tanggal >= ${since}::date), 0)::bigint AS gift_total
        FROM bantuan_lain b WHERE b.kab_code = f.kab_code AND b.no_kk = f.no_kk
      ) g ON TRUE
    ),
    ov AS (
      SELECT b.*, cardinality(b.programs) + b.gifts AS sources,
             ((b.desil BETWEEN 1 AND ${AID_ELIGIBLE_MAX_DESIL}) OR b.fakir_miskin) AS eligible
      FROM base b
    )
    ${select}`;
}

/** The first day of the window of `months` months ending `today` (`YYYY-MM-DD`). */
export function windowStart(today: string, months: number): string {
  const [year = 0, month = 1, day = 1] = today.split("-").map(Number);
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(Math.min(day, lastDay)).padStart(2, "0")}`;
}
