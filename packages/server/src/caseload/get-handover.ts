import type { THandoverDetail } from "@kawal/core";
import type { TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { canManageCaseload } from "./companion-sql.ts";
import { findHandover } from "./find-handover.ts";
import { handoverFamilies } from "./handover-families.ts";

/** A handover with its families, who has been told and how, and whether the actor may mark them. */
export async function getHandover(db: TDb, actor: TActor, handoverId: string): Promise<THandoverDetail> {
  requirePermission(actor, "caseload.read");
  const handover = await findHandover(db, actor, handoverId);
  const { kabCode: _kab, ...summary } = handover;
  return {
    ...summary,
    familyList: await handoverFamilies(db, handover),
    canInform: canInform(actor, handover.ke.userId),
  };
}

/** The new companion tells its families; a manager may record it for them. */
export function canInform(actor: TActor, successorId: string): boolean {
  return (
    actor.permissions.includes("handover.inform") &&
    (actor.userId === successorId || canManageCaseload(actor))
  );
}
