import type { TMonitoringList, TMonitoringListQuery } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { inAgentScope } from "../scope/agent-scope.ts";
import { inRegion } from "../scope/region-sql.ts";
import { requirePermission } from "../scope/scope.ts";
import { regionRefOf } from "../wilayah/wilayah-views.ts";
import { monitoringPeriods } from "./monitoring-periods.ts";

/**
 * The agents of the caller's scope (or one kecamatan of it) for one programme and period, each with its
 * checklist when checked: date, score and open follow-ups. Unchecked agents are listed too, since the
 * list is the checker's worklist. An inactive agent shows only when it was checked.
 */
export async function listChecklists(
  db: TDb,
  actor: TActor,
  query: TMonitoringListQuery,
  now: Date = new Date(),
): Promise<TMonitoringList> {
  requirePermission(actor, "monitoring.read");
  const { periods, periode } = await monitoringPeriods(db, query.program, query.periode, now);
  if (!periode) return { program: query.program, periode, periods, items: [] };
  const kecamatan = sql`AND ${inRegion(sql`a.desa_code`, query.kecamatan ?? null)}`;
  const rows = await queryRows<{
    id_agen: string;
    nama: string;
    desa_code: string;
    desa_name: string | null;
    id: string | null;
    tanggal: string | null;
    skor: number | null;
    terbuka: number;
  }>(
    db,
    sql`SELECT a.id_agen, a.nama, a.desa_code, w.name AS desa_name, m.id, m.tanggal::text AS tanggal, m.skor,
               (SELECT count(*)::int FROM monitoring_6t_aspek x
                WHERE x.kab_code = m.kab_code AND x.monitoring_id = m.id AND x.tindak_lanjut_status = 'terbuka') AS terbuka
        FROM agen a
        LEFT JOIN monitoring_6t m ON m.kab_code = a.kab_code AND m.id_agen = a.id_agen
                                 AND m.program_code = ${query.program} AND m.periode = ${periode}
        LEFT JOIN wilayah w ON w.code = a.desa_code
        WHERE ${inAgentScope(actor, sql`a.desa_code`, sql`a.id_agen`)} ${kecamatan}
          AND (a.aktif OR m.id IS NOT NULL)
        ORDER BY a.desa_code, a.nama, a.id_agen
        LIMIT 2000`,
  );
  return {
    program: query.program,
    periode,
    periods,
    items: rows.map((r) => ({
      agen: {
        idAgen: r.id_agen,
        nama: r.nama,
        desa: regionRefOf(r.desa_code, r.desa_name),
      },
      checklist:
        r.id === null
          ? null
          : { id: r.id, tanggal: r.tanggal ?? "", skor: Number(r.skor), tindakLanjutTerbuka: r.terbuka },
    })),
  };
}
