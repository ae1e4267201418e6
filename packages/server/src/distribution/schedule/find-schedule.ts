import { sql } from "drizzle-orm";
import { recordFinder } from "../../scope/record-finder.ts";
import { scheduleVisible, selectSchedules, type TScheduleRow } from "./schedule-sql.ts";

/** One schedule day the actor may see; any other answers 404 like a missing one, audited. */
export const findSchedule = recordFinder<TScheduleRow>({
  entityType: "jadwal_penyaluran",
  row: async (id, actor, db) =>
    (await selectSchedules(db, sql`j.id = ${id} AND ${scheduleVisible(actor)}`, 1))[0],
  regions: (id) => sql`SELECT desa_code FROM jadwal_penyaluran WHERE id = ${id} LIMIT 1`,
});
