import { type TUsulanDetail, type TUsulanVerval, vervalAction } from "@kawal/core";
import type { TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";
import { findUsulan } from "./find-usulan.ts";
import { getUsulan } from "./get-usulan.ts";
import { takeUsulanStep } from "./take-usulan-step.ts";

/**
 * Records the field verification (verval): what the verifier found matches the proposal (on to Dinas
 * Sosial) or does not (the proposal ends as rejected, with the verifier's note saying why).
 */
export async function verifyUsulan(
  db: TDb,
  actor: TActor,
  usulanId: string,
  input: TUsulanVerval,
): Promise<TUsulanDetail> {
  requirePermission(actor, "usulan.verify");
  const found = await findUsulan(db, actor, usulanId);
  await takeUsulanStep(db, actor, found, {
    action: vervalAction[input.hasil],
    note: input.note,
    auditData: { hasil: input.hasil },
  });
  return getUsulan(db, actor, found.id, { fullNumbers: false });
}
