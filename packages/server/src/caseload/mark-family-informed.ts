import { AppError, AppErrorCode, type THandoverInformed, type TInformedResult } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { lookupId } from "../scope/record-id.ts";
import { requirePermission } from "../scope/scope.ts";
import { findHandover } from "./find-handover.ts";
import { canInform } from "./get-handover.ts";
import { handoverFamilies } from "./handover-families.ts";

/** The answer, and whether it repeats an earlier marking (the route's `Idempotent-Replayed` header). */
type TInformedOutcome = TInformedResult & { replayed: boolean };

/**
 * Records that a family of a handover was told who its new companion is. The first marking stands: a
 * retry (same Idempotency-Key after a dropped connection) or a second marking changes nothing and
 * answers with what was recorded, flagged as replayed.
 */
export async function markFamilyInformed(
  db: TDb,
  actor: TActor,
  input: { handoverId: string; familyId: string; idempotencyKey: string; body: THandoverInformed },
): Promise<TInformedOutcome> {
  requirePermission(actor, "handover.inform");
  const handover = await findHandover(db, actor, input.handoverId);
  if (!canInform(actor, handover.ke.userId)) {
    throw new AppError(AppErrorCode.FORBIDDEN, "only the new companion or a manager marks families");
  }
  const familyId = lookupId(input.familyId);
  const [target] = await queryRows<{ no_kk: string; desa_code: string }>(
    db,
    sql`SELECT hf.no_kk, hf.desa_code FROM handover_family hf
        JOIN keluarga k ON k.kab_code = hf.kab_code AND k.no_kk = hf.no_kk
        WHERE hf.kab_code = ${handover.kabCode} AND hf.handover_id = ${handover.id} AND k.id = ${familyId}`,
  );
  if (!target) throw new AppError(AppErrorCode.NOT_FOUND, "family not in this handover");
  const replayed = await db.transaction(async (tx) => {
    const marked = await queryRows<{ no_kk: string }>(
      tx,
      sql`UPDATE handover_family SET informed_at = now(), informed_by = ${actor.userId}, informed_how = ${input.body.cara}
          WHERE kab_code = ${handover.kabCode} AND handover_id = ${handover.id} AND no_kk = ${target.no_kk}
            AND informed_at IS NULL
          RETURNING no_kk`,
    );
    if (marked.length === 0) return true;
    await writeAudit(tx, {
      wilayahCode: target.desa_code,
      actorId: actor.userId,
      action: "handover.inform",
      entityType: "handover",
      entityId: handover.id,
      data: {
        familyId,
        cara: input.body.cara,
        // The note has no column of its own; the audit row keeps it with the marking.
        catatan: input.body.catatan ?? null,
        idempotencyKey: input.idempotencyKey,
      },
    });
    return false;
  });
  const [family] = await handoverFamilies(db, handover, sql`hf.no_kk = ${target.no_kk}`);
  const [progress] = await queryRows<{ informed: number; total: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE informed_at IS NOT NULL)::int AS informed, count(*)::int AS total
        FROM handover_family WHERE kab_code = ${handover.kabCode} AND handover_id = ${handover.id}`,
  );
  if (!family) throw new Error("handover family vanished");
  return { family, informed: progress?.informed ?? 0, total: progress?.total ?? 0, replayed };
}
