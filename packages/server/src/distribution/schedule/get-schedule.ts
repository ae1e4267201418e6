import type { TScheduleDetail } from "@kawal/core";
import type { TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";
import { findSchedule } from "./find-schedule.ts";
import { scheduleFamilies, summaryOf } from "./schedule-sql.ts";

/** A schedule day with its families (masked numbers, the card holder's name, the listed amount). */
export async function getSchedule(db: TDb, actor: TActor, scheduleId: string): Promise<TScheduleDetail> {
  requirePermission(actor, "schedule.read");
  const schedule = await findSchedule(db, actor, scheduleId);
  return { ...summaryOf(schedule), familyList: await scheduleFamilies(db, schedule) };
}
