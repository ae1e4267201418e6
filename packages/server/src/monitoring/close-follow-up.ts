import type { TAspect6T, TFollowUpClose } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { findChecklist } from "./find-checklist.ts";
import { monitoringRefusals } from "./monitoring-refusals.ts";

/**
 * Closes an aspect's open follow-up: who, when and a note. The update only matches an open follow-up,
 * so two closings racing close it once and the second gets 409.
 */
export async function closeFollowUp(
  db: TDb,
  actor: TActor,
  monitoringId: string,
  aspek: TAspect6T,
  input: TFollowUpClose,
): Promise<void> {
  requirePermission(actor, "monitoring.manage");
  const found = await findChecklist(db, actor, monitoringId);
  await db.transaction(async (tx) => {
    const [closed] = await queryRows<{ aspek: string }>(
      tx,
      sql`UPDATE monitoring_6t_aspek
          SET tindak_lanjut_status = 'selesai', ditutup_pada = now(), ditutup_oleh = ${actor.userId},
              catatan_penutupan = ${input.catatan}
          WHERE kab_code = ${found.kab_code} AND monitoring_id = ${found.id} AND aspek = ${aspek}
            AND tindak_lanjut_status = 'terbuka'
          RETURNING aspek`,
    );
    if (!closed) {
      const [row] = await queryRows<{ status: string | null }>(
        tx,
        sql`SELECT tindak_lanjut_status AS status FROM monitoring_6t_aspek
            WHERE kab_code = ${found.kab_code} AND monitoring_id = ${found.id} AND aspek = ${aspek}`,
      );
      throw row?.status === "selesai" ? monitoringRefusals.followUpClosed() : monitoringRefusals.noFollowUp();
    }
    await tx.execute(
      sql`UPDATE monitoring_6t SET updated_at = now() WHERE kab_code = ${found.kab_code} AND id = ${found.id}`,
    );
    await writeAudit(tx, {
      wilayahCode: found.desa_code,
      actorId: actor.userId,
      action: "monitoring.close_follow_up",
      entityType: "monitoring_6t",
      entityId: found.id,
      data: { aspek, periode: found.periode, idAgen: found.id_agen },
    });
  });
}
