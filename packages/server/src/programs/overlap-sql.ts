import { AID_ELIGIBLE_MAX_DESIL, PMKS_FAKIR_MISKIN } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";

/** Enrolment states that count as being in a programme now (calon and tervalidasi receive nothing yet). */
export const OPEN_ENROLMENT = sql`('aktif', 'ditangguhkan')`;

/**
 * One row per active family chosen by `familyFilter` (a condition on `k`, the `keluarga` row): its open
 * programmes, its gifts since `since`, and whether it is eligible (desil 1–4, or it or one of its
 * active members is in the PMKS register as Fakir Miskin). Set-based: each source is aggregated once
 * and joined, never looked up per family. The result is the relation `ov`; `select` reads from it.
 */
export function overlapSql(familyFilter: SQL, since: string, select: SQL): SQL {
  const fakirMiskin = sql`s.register = 'pmks' AND s.kategori_kode = ${PMKS_FAKIR_MISKIN} AND s.status = 'aktif'
                          AND s.kab_code IN (SELECT DISTINCT kab_code FROM fam)`;
  return sql`
    WITH fam AS (
      SELECT k.kab_code, k.no_kk, k.id, k.desa_code, k.desil FROM keluarga k
      WHERE k.status = 'aktif' AND ${familyFilter}
    ),
    prog AS (
      SELECT f.kab_code, f.no_kk, array_agg(DISTINCT e.program_code ORDER BY e.program_code) AS programs
      FROM fam f JOIN enrolment e ON e.kab_code = f.kab_code AND e.no_kk = f.no_kk
      WHERE e.status IN ${OPEN_ENROLMENT}
      GROUP BY f.kab_code, f.no_kk
    ),
    gift AS (
      SELECT f.kab_code, f.no_kk, count(*)::int AS gifts, sum(b.nilai)::bigint AS gift_total
      FROM fam f JOIN bantuan_lain b ON b.kab_code = f.kab_code AND b.no_kk = f.no_kk
      WHERE b.tanggal >= ${since}::date
      GROUP BY f.kab_code, f.no_kk
    ),
    -- An entry with a NIK follows its member (who may have changed family); one without names the family.
    fm AS (
      SELECT s.kab_code, s.no_kk FROM social_register s
      WHERE ${fakirMiskin} AND s.nik IS NULL AND s.no_kk IS NOT NULL
      UNION
      SELECT a.kab_code, a.no_kk FROM social_register s
      JOIN anggota a ON a.kab_code = s.kab_code AND a.nik = s.nik AND a.status = 'aktif'
      WHERE ${fakirMiskin} AND s.nik IS NOT NULL
    ),
    ov AS (
      SELECT f.kab_code, f.no_kk, f.id, f.desa_code, f.desil,
             coalesce(p.programs, ARRAY[]::text[]) AS programs,
             coalesce(g.gifts, 0) AS gifts,
             coalesce(g.gift_total, 0)::bigint AS gift_total,
             (m.no_kk IS NOT NULL) AS fakir_miskin,
             coalesce(cardinality(p.programs), 0) + coalesce(g.gifts, 0) AS sources,
             ((f.desil BETWEEN 1 AND ${AID_ELIGIBLE_MAX_DESIL}) OR m.no_kk IS NOT NULL) AS eligible
      FROM fam f
      LEFT JOIN prog p ON p.kab_code = f.kab_code AND p.no_kk = f.no_kk
      LEFT JOIN gift g ON g.kab_code = f.kab_code AND g.no_kk = f.no_kk
      LEFT JOIN (SELECT DISTINCT kab_code, no_kk FROM fm) m ON m.kab_code = f.kab_code AND m.no_kk = f.no_kk
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
