import {
  aspects6T,
  type TAspect6T,
  type TMonitoringSummary,
  type TMonitoringSummaryQuery,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { inAgentScope } from "../scope/agent-scope.ts";
import { requirePermission } from "../scope/scope.ts";
import { monitoringPeriods } from "./monitoring-periods.ts";

/**
 * The 6T summary per kecamatan of the caller's scope for one programme and period: agents, agents
 * checked, the average score, per aspect the share of checked agents meeting it, and the follow-ups
 * still open. One set-based query; a kecamatan is the first three parts of the agent's desa code.
 */
export async function monitoringSummary(
  db: TDb,
  actor: TActor,
  query: TMonitoringSummaryQuery,
  now: Date = new Date(),
): Promise<TMonitoringSummary> {
  requirePermission(actor, "monitoring.read");
  const { periods, periode } = await monitoringPeriods(db, query.program, query.periode, now);
  if (!periode) return { program: query.program, periode, periods, items: [] };
  const rows = await queryRows<{
    kecamatan: string;
    name: string | null;
    agen: number;
    diperiksa: number;
    rata: string | number | null;
    sesuai: Record<string, number> | string | null;
    terbuka: number;
  }>(
    db,
    sql`WITH ag AS (
          SELECT a.kab_code, a.id_agen, left(a.desa_code, 8) AS kecamatan, m.id AS monitoring_id, m.skor
          FROM agen a
          LEFT JOIN monitoring_6t m ON m.kab_code = a.kab_code AND m.id_agen = a.id_agen
                                   AND m.program_code = ${query.program} AND m.periode = ${periode}
          WHERE ${inAgentScope(actor, sql`a.desa_code`, sql`a.id_agen`)} AND (a.aktif OR m.id IS NOT NULL)
        ), per_aspek AS (
          SELECT ag.kecamatan, x.aspek, count(*) FILTER (WHERE x.sesuai)::int AS sesuai,
                 count(*) FILTER (WHERE x.tindak_lanjut_status = 'terbuka')::int AS terbuka
          FROM ag JOIN monitoring_6t_aspek x ON x.kab_code = ag.kab_code AND x.monitoring_id = ag.monitoring_id
          GROUP BY ag.kecamatan, x.aspek
        )
        SELECT ag.kecamatan, w.name, count(*)::int AS agen, count(ag.monitoring_id)::int AS diperiksa,
               avg(ag.skor) AS rata,
               (SELECT json_object_agg(p.aspek, p.sesuai) FROM per_aspek p WHERE p.kecamatan = ag.kecamatan) AS sesuai,
               (SELECT coalesce(sum(p.terbuka), 0)::int FROM per_aspek p WHERE p.kecamatan = ag.kecamatan) AS terbuka
        FROM ag LEFT JOIN wilayah w ON w.code = ag.kecamatan
        GROUP BY ag.kecamatan, w.name
        ORDER BY ag.kecamatan`,
  );
  return {
    program: query.program,
    periode,
    periods,
    items: rows.map((r) => {
      const met = (typeof r.sesuai === "string" ? JSON.parse(r.sesuai) : (r.sesuai ?? {})) as Record<
        string,
        number
      >;
      const persenSesuai = Object.fromEntries(
        aspects6T.map((a) => [
          a,
          r.diperiksa === 0 ? null : Math.round(((met[a] ?? 0) * 1000) / r.diperiksa) / 10,
        ]),
      ) as Record<TAspect6T, number | null>;
      return {
        kecamatan: { code: r.kecamatan, name: r.name ?? r.kecamatan },
        agen: r.agen,
        diperiksa: r.diperiksa,
        rataSkor: r.rata === null ? null : Math.round(Number(r.rata) * 100) / 100,
        persenSesuai,
        tindakLanjutTerbuka: r.terbuka,
      };
    }),
  };
}
