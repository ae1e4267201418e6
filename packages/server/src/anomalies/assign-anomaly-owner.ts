import { roleCan, scopesContain, type TAnomalyDetail, type TAnomalyOwner, type TRole } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { anomalyRefusals } from "./anomaly-refusals.ts";
import { findAnomaly } from "./find-anomaly.ts";
import { anomalyDetailOf } from "./get-anomaly.ts";

interface TTargetUser {
  id: string;
  role: TRole;
  disabled: boolean;
  scopes: string[];
}

/** Why a user cannot own a finding in `desa`, or nothing when they can. */
function refusalFor(user: TTargetUser | undefined, desa: string) {
  if (!user) return anomalyRefusals.unknownUser();
  if (user.disabled) return anomalyRefusals.disabledUser();
  if (!roleCan(user.role, "anomaly.read")) return anomalyRefusals.cannotRead(user.role);
  if (!scopesContain(user.scopes, desa)) return anomalyRefusals.outsideArea();
  return undefined;
}

/**
 * Gives a finding of the caller's scope an owner who must resolve it: an active user whose role reads
 * anomalies and whose area covers the finding's desa. A closed finding keeps its owner. The change and
 * its audit row commit together.
 */
export async function assignAnomalyOwner(
  db: TDb,
  actor: TActor,
  id: string,
  body: TAnomalyOwner,
): Promise<TAnomalyDetail> {
  requirePermission(actor, "anomaly.manage");
  const finding = await findAnomaly(db, actor, id);
  const [user] = await queryRows<TTargetUser>(
    db,
    sql`SELECT u.id, u.role, u.disabled,
               coalesce(array_agg(s.wilayah_code) FILTER (WHERE s.wilayah_code IS NOT NULL), '{}') AS scopes
        FROM users u LEFT JOIN user_scope s ON s.user_id = u.id
        WHERE u.id = ${body.userId}
        GROUP BY u.id`,
  );
  const refusal = refusalFor(user, finding.desa_code);
  if (refusal) throw refusal;
  await db.transaction(async (tx) => {
    const [locked] = await queryRows<{ status: string; pemilik_id: string | null }>(
      tx,
      sql`SELECT status, pemilik_id FROM anomali WHERE kab_code = ${finding.kab_code} AND id = ${finding.id} FOR UPDATE`,
    );
    if (!locked) throw new Error("finding vanished");
    if (locked.status === "selesai" || locked.status === "bukan_masalah")
      throw anomalyRefusals.closed(locked.status);
    if (locked.pemilik_id === body.userId) return;
    await tx.execute(
      sql`UPDATE anomali SET pemilik_id = ${body.userId} WHERE kab_code = ${finding.kab_code} AND id = ${finding.id}`,
    );
    await writeAudit(tx, {
      wilayahCode: finding.desa_code,
      actorId: actor.userId,
      action: "anomaly.owner",
      entityType: "anomali",
      entityId: finding.id,
      data: { jenis: finding.jenis, pemilik: body.userId, sebelumnya: locked.pemilik_id },
    });
  });
  return anomalyDetailOf(db, await findAnomaly(db, actor, id));
}
