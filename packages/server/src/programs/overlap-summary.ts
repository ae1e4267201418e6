import {
  AID_ELIGIBLE_MAX_DESIL,
  AID_PILE_UP_SOURCES,
  latestLocalDate,
  type TAidOverlapSummaryQuery,
  type TAidOverlapSummaryRow,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { inScope, requirePermission } from "../scope/scope.ts";
import { fakirMiskinCte, OPEN_ENROLMENT, windowStart } from "./overlap-sql.ts";

interface TSummaryRow {
  desa_code: string;
  desa_name: string | null;
  families: number;
  eligible_without: number;
  piled: number;
}

/**
 * Per desa of the caller's scope: active families, eligible families without any aid, and families
 * aid piles up on (three sources or more). Counts only, so nothing is masked or audited.
 *
 * A whole kabupaten is hundreds of thousands of families, so programmes and gifts are aggregated once
 * each over the scope (enrolments and gifts carry their desa) and hash-joined to the families, not
 * looked up per family (300,000 families on PostgreSQL: about 1 s, against 7 s per family). One open
 * enrolment per programme is a unique key, so rows count programmes.
 * Nested loops are turned off for this one statement: where tables were never analysed (the embedded
 * database has no autovacuum) the planner takes every input for one row and would loop over them.
 */
export async function summarizeAidOverlap(
  db: TDb,
  actor: TActor,
  query: TAidOverlapSummaryQuery,
  now: Date = new Date(),
): Promise<{ bulan: number; since: string; items: TAidOverlapSummaryRow[] }> {
  requirePermission(actor, "aid.read");
  const since = windowStart(latestLocalDate(now), query.bulan);
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL enable_nestloop = off`);
    return queryRows<TSummaryRow>(
      tx,
      sql`WITH fam AS MATERIALIZED (
            SELECT k.kab_code, k.no_kk, k.desa_code, k.desil FROM keluarga k
            WHERE k.status = 'aktif' AND ${inScope(actor, sql`k.desa_code`)}
          ),
          ${fakirMiskinCte()},
          prog AS (
            SELECT e.kab_code, e.no_kk, count(*)::int AS n FROM enrolment e
            WHERE e.status IN ${OPEN_ENROLMENT} AND ${inScope(actor, sql`e.desa_code`)}
            GROUP BY e.kab_code, e.no_kk
          ),
          gift AS (
            SELECT b.kab_code, b.no_kk, count(*)::int AS n FROM bantuan_lain b
            WHERE b.tanggal >= ${since}::date AND ${inScope(actor, sql`b.desa_code`)}
            GROUP BY b.kab_code, b.no_kk
          ),
          ov AS (
            SELECT f.desa_code, coalesce(p.n, 0) + coalesce(g.n, 0) AS sources,
                   (f.desil BETWEEN 1 AND ${AID_ELIGIBLE_MAX_DESIL} OR m.no_kk IS NOT NULL) AS eligible
            FROM fam f
            LEFT JOIN prog p ON p.kab_code = f.kab_code AND p.no_kk = f.no_kk
            LEFT JOIN gift g ON g.kab_code = f.kab_code AND g.no_kk = f.no_kk
            LEFT JOIN (SELECT DISTINCT kab_code, no_kk FROM fm) m ON m.kab_code = f.kab_code AND m.no_kk = f.no_kk
          )
          SELECT s.*, w.name AS desa_name FROM (
            SELECT ov.desa_code, count(*)::int AS families,
                   (count(*) FILTER (WHERE ov.eligible AND ov.sources = 0))::int AS eligible_without,
                   (count(*) FILTER (WHERE ov.sources >= ${AID_PILE_UP_SOURCES}))::int AS piled
            FROM ov GROUP BY ov.desa_code
          ) s LEFT JOIN wilayah w ON w.code = s.desa_code
          ORDER BY s.desa_code
          LIMIT 5000`,
    );
  });
  return {
    bulan: query.bulan,
    since,
    items: rows.map((r) => ({
      desa: { code: r.desa_code, name: r.desa_name ?? r.desa_code },
      families: r.families,
      eligibleWithout: r.eligible_without,
      piled: r.piled,
    })),
  };
}
