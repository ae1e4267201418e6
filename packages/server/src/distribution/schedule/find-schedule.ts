import { sql } from "drizzle-orm";
import type { TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { lookupId } from "../../scope/record-id.ts";
import { findInScope, regionsOf } from "../../scope/scope.ts";
import { scheduleVisible, selectSchedules, type TScheduleRow } from "./schedule-sql.ts";

/** One schedule day the actor may see; any other answers 404 like a missing one, audited. */
export async function findSchedule(db: TDb, actor: TActor, scheduleId: string): Promise<TScheduleRow> {
  const id = lookupId(scheduleId);
  return findInScope(db, actor, {
    entityType: "jadwal_penyaluran",
    entityId: scheduleId,
    findInScope: async () =>
      (await selectSchedules(db, sql`j.id = ${id} AND ${scheduleVisible(actor)}`, 1))[0],
    findRegions: () => regionsOf(db, sql`SELECT desa_code FROM jadwal_penyaluran WHERE id = ${id} LIMIT 1`),
  });
}
