import { checklistScore, type TMonitoringAspectInput, type TMonitoringUpdate } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { auditFacts } from "./checklist-aspects.ts";
import { findChecklist } from "./find-checklist.ts";
import { monitoringRefusals } from "./monitoring-refusals.ts";
import { checkChecklistDate } from "./record-checklist.ts";

/**
 * Changes the findings of an open checklist (none of its follow-ups closed yet): the date, the note and
 * the six aspects again, keeping each aspect's photo. A follow-up given stays or becomes `terbuka`, one
 * taken away leaves nothing to follow. The audit row keeps the facts before and after.
 */
export async function updateChecklist(
  db: TDb,
  actor: TActor,
  monitoringId: string,
  input: TMonitoringUpdate,
  now: Date = new Date(),
): Promise<void> {
  requirePermission(actor, "monitoring.manage");
  const found = await findChecklist(db, actor, monitoringId);
  await checkChecklistDate(db, found.program_code, found.periode, input.tanggal, now);
  await db.transaction(async (tx) => {
    // The row lock orders this change after a follow-up being closed at the same moment.
    await tx.execute(
      sql`SELECT 1 FROM monitoring_6t WHERE kab_code = ${found.kab_code} AND id = ${found.id} FOR UPDATE`,
    );
    const before = await queryRows<TMonitoringAspectInput & { status: string | null }>(
      tx,
      sql`SELECT aspek, sesuai, temuan, tindak_lanjut AS "tindakLanjut", tindak_lanjut_status AS status
          FROM monitoring_6t_aspek WHERE kab_code = ${found.kab_code} AND monitoring_id = ${found.id}`,
    );
    if (before.some((a) => a.status === "selesai")) throw monitoringRefusals.closed();
    const values = input.aspek.map(
      (a) =>
        sql`(${a.aspek}::text, ${a.sesuai}::boolean, ${a.temuan || null}::text, ${a.tindakLanjut || null}::text)`,
    );
    await tx.execute(
      sql`UPDATE monitoring_6t_aspek x
          SET sesuai = v.sesuai, temuan = v.temuan, tindak_lanjut = v.tl,
              tindak_lanjut_status = CASE WHEN v.tl IS NULL THEN NULL ELSE 'terbuka' END
          FROM (VALUES ${sql.join(values, sql`, `)}) AS v (aspek, sesuai, temuan, tl)
          WHERE x.kab_code = ${found.kab_code} AND x.monitoring_id = ${found.id} AND x.aspek = v.aspek`,
    );
    await tx.execute(
      sql`UPDATE monitoring_6t SET tanggal = ${input.tanggal}, catatan = ${input.catatan || null},
                 skor = ${checklistScore(input.aspek)}, updated_at = now()
          WHERE kab_code = ${found.kab_code} AND id = ${found.id}`,
    );
    await writeAudit(tx, {
      wilayahCode: found.desa_code,
      actorId: actor.userId,
      action: "monitoring.update",
      entityType: "monitoring_6t",
      entityId: found.id,
      data: {
        before: auditFacts(found.tanggal, before),
        after: auditFacts(input.tanggal, input.aspek),
      },
    });
  });
}
