import type { TScheduleAgent, TScheduleAgentsQuery } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { inAgentScope } from "../../scope/agent-scope.ts";
import { requirePermission } from "../../scope/scope.ts";
import { regionRefOf } from "../../wilayah/wilayah-views.ts";

interface TRaw {
  id_agen: string;
  nama: string;
  bank: string;
  desa_code: string;
  desa_name: string | null;
  listed: number;
  scheduled: number;
  days: number;
}

/**
 * The agents of the actor's scope with, for a period, the families listed in their desa, how many of
 * those already have a day, and the days built: what the TKSK needs to see which agents still need one.
 * Counted per desa once, in one statement.
 */
export async function listScheduleAgents(
  db: TDb,
  actor: TActor,
  query: TScheduleAgentsQuery,
): Promise<{ items: TScheduleAgent[] }> {
  requirePermission(actor, "schedule.read");
  const rows = await queryRows<TRaw>(
    db,
    sql`WITH agents AS (
          SELECT a.kab_code, a.id_agen, a.nama, a.bank, a.desa_code FROM agen a
          WHERE a.aktif AND ${inAgentScope(actor, sql`a.desa_code`, sql`a.id_agen`)}
        ), desas AS (
          SELECT DISTINCT kab_code, desa_code FROM agents
        ), counts AS (
          SELECT s.kab_code, s.desa_code, count(d.no_kk)::int AS listed, count(jk.no_kk)::int AS scheduled
          FROM desas s
          JOIN daftar_bayar d ON d.kab_code = s.kab_code AND d.program_code = ${query.program}
                             AND d.periode = ${query.periode} AND d.desa_code = s.desa_code
          LEFT JOIN jadwal_keluarga jk ON jk.kab_code = d.kab_code AND jk.program_code = d.program_code
                                      AND jk.periode = d.periode AND jk.no_kk = d.no_kk
          GROUP BY s.kab_code, s.desa_code
        )
        SELECT g.id_agen, g.nama, g.bank, g.desa_code, w.name AS desa_name,
               coalesce(c.listed, 0) AS listed, coalesce(c.scheduled, 0) AS scheduled,
               (SELECT count(*)::int FROM jadwal_penyaluran j
                WHERE j.kab_code = g.kab_code AND j.id_agen = g.id_agen
                  AND j.program_code = ${query.program} AND j.periode = ${query.periode}) AS days
        FROM agents g
        LEFT JOIN counts c ON c.kab_code = g.kab_code AND c.desa_code = g.desa_code
        LEFT JOIN wilayah w ON w.code = g.desa_code
        ORDER BY w.name NULLS LAST, g.nama, g.id_agen
        LIMIT 2000`,
  );
  return {
    items: rows.map((r) => ({
      idAgen: r.id_agen,
      nama: r.nama,
      bank: r.bank,
      desa: regionRefOf(r.desa_code, r.desa_name),
      listed: Number(r.listed),
      scheduled: Number(r.scheduled),
      days: Number(r.days),
    })),
  };
}
