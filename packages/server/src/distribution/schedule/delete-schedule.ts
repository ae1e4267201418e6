import { sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit.ts";
import type { TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";
import { findSchedule } from "./find-schedule.ts";

/** Deletes a day; its families are free to be put on another day of the period. Audited with what it held. */
export async function deleteSchedule(db: TDb, actor: TActor, scheduleId: string): Promise<void> {
  requirePermission(actor, "schedule.manage");
  const schedule = await findSchedule(db, actor, scheduleId);
  await db.transaction(async (tx) => {
    await tx.execute(
      sql`DELETE FROM jadwal_keluarga WHERE kab_code = ${schedule.kabCode} AND jadwal_id = ${schedule.id}`,
    );
    await tx.execute(
      sql`DELETE FROM jadwal_penyaluran WHERE kab_code = ${schedule.kabCode} AND id = ${schedule.id}`,
    );
    await writeAudit(tx, {
      wilayahCode: schedule.desa.code,
      actorId: actor.userId,
      action: "schedule.delete",
      entityType: "jadwal_penyaluran",
      entityId: schedule.id,
      data: {
        program: schedule.program,
        periode: schedule.periode,
        idAgen: schedule.agen.idAgen,
        tanggal: schedule.tanggal,
        families: schedule.families,
      },
    });
  });
}
