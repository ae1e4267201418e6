import { keputusanAction, type TUsulanDetail, type TUsulanKeputusan } from "@kawal/core";
import type { TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";
import { applyRemoval } from "./apply-removal.ts";
import { findUsulan } from "./find-usulan.ts";
import { getUsulan } from "./get-usulan.ts";
import { takeUsulanStep } from "./take-usulan-step.ts";

/**
 * Dinas Sosial's decision. Approving a removal changes the registry in the same transaction (the
 * member or family takes the reason as its status, with a registry event). Approving an addition or
 * a change records the decision only: the family's data arrives with the next DTKS file, which the
 * ministry determines from the approved proposals, and the import applies it with its own checks.
 */
export async function decideUsulan(
  db: TDb,
  actor: TActor,
  usulanId: string,
  input: TUsulanKeputusan,
): Promise<TUsulanDetail> {
  requirePermission(actor, "usulan.approve");
  const found = await findUsulan(db, actor, usulanId);
  const action = keputusanAction[input.keputusan];
  await takeUsulanStep(db, actor, found, {
    action,
    note: input.note,
    auditData: { keputusan: input.keputusan },
    apply:
      action === "setuju" && found.kind === "hapus" ? (tx, row) => applyRemoval(tx, actor, row) : undefined,
  });
  return getUsulan(db, actor, found.id, { fullNumbers: false });
}
