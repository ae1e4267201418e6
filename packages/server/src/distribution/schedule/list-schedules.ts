import type { TScheduleListQuery, TScheduleSummary } from "@kawal/core";
import { sql } from "drizzle-orm";
import type { TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";
import { scheduleVisible, selectSchedules, summaryOf } from "./schedule-sql.ts";

/**
 * The days of a period the actor may see, in date order: the TKSK its kecamatan's, a desa operator its
 * desa's, an agent only its own shop's. A filter outside the scope simply finds nothing.
 */
export async function listSchedules(
  db: TDb,
  actor: TActor,
  query: TScheduleListQuery,
): Promise<{ items: TScheduleSummary[] }> {
  requirePermission(actor, "schedule.read");
  const filters = [
    sql`j.program_code = ${query.program}`,
    sql`j.periode = ${query.periode}`,
    scheduleVisible(actor),
  ];
  if (query.desa) filters.push(sql`j.desa_code = ${query.desa}`);
  if (query.idAgen) filters.push(sql`j.id_agen = ${query.idAgen}`);
  const rows = await selectSchedules(db, sql.join(filters, sql` AND `));
  return { items: rows.map(summaryOf) };
}
