import { canMoveAnomaly, type TAnomalyDetail, type TAnomalyResolve, type TAnomalyStatus } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { anomalyRefusals } from "./anomaly-refusals.ts";
import { findAnomaly } from "./find-anomaly.ts";
import { anomalyDetailOf } from "./get-anomaly.ts";

const closing = new Set<TAnomalyStatus>(["selesai", "bukan_masalah"]);

/**
 * Moves a finding towards its resolution (core `anomalyTransitions`): whoever manages anomalies, or
 * the finding's owner. A repeat of the request that made the current state answers it unchanged, so a
 * phone resending its form does no harm. The status is checked again on the locked row; the change
 * and its audit row (the statuses only: the note is free text) commit together.
 */
export async function resolveAnomaly(
  db: TDb,
  actor: TActor,
  id: string,
  body: TAnomalyResolve,
  now: Date = new Date(),
): Promise<TAnomalyDetail> {
  const finding = await findAnomaly(db, actor, id);
  const manages = actor.permissions.includes("anomaly.manage");
  if (!manages && finding.pemilik_id !== actor.userId) throw anomalyRefusals.notOwner();
  const catatan = body.catatan === undefined || body.catatan === "" ? null : body.catatan;
  await db.transaction(async (tx) => {
    const [locked] = await queryRows<{ status: TAnomalyStatus; catatan: string | null }>(
      tx,
      sql`SELECT status, catatan FROM anomali WHERE kab_code = ${finding.kab_code} AND id = ${finding.id} FOR UPDATE`,
    );
    if (!locked) throw new Error("finding vanished");
    if (locked.status === body.status && (catatan === null || catatan === locked.catatan)) return;
    if (!canMoveAnomaly(locked.status, body.status))
      throw anomalyRefusals.transition(locked.status, body.status);
    const closes = closing.has(body.status);
    await tx.execute(
      sql`UPDATE anomali
          SET status = ${body.status}, catatan = coalesce(${catatan}, catatan),
              diselesaikan_pada = ${closes ? now.toISOString() : null}::timestamptz,
              diselesaikan_oleh = ${closes ? actor.userId : null}::uuid
          WHERE kab_code = ${finding.kab_code} AND id = ${finding.id}`,
    );
    await writeAudit(
      tx,
      {
        wilayahCode: finding.desa_code,
        actorId: actor.userId,
        action: "anomaly.resolve",
        entityType: "anomali",
        entityId: finding.id,
        data: { jenis: finding.jenis, dari: locked.status, ke: body.status, pemilik: finding.pemilik_id },
      },
      now,
    );
  });
  return anomalyDetailOf(db, await findAnomaly(db, actor, id));
}
