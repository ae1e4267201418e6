import { nextStatus, type TUsulanAction, type TUsulanStep } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit.ts";
import type { TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";
import { lockUsulan, type TUsulanRow } from "./find-usulan.ts";
import { usulanRefusals } from "./usulan-refusals.ts";

/**
 * Whether the actor may take `action` on the proposal as it stands: the transition table allows it
 * from this status, the role has the step's permission, and verifying or deciding is not done by the
 * proposer (ARCHITECTURE.md, Principles: whoever prepares a DTKS removal cannot approve it).
 */
export function checkUsulanStep(row: TUsulanRow, actor: TActor, action: TUsulanAction): TUsulanStep {
  const step = nextStatus(row.status, action);
  if (!step.ok) throw usulanRefusals.transition(step.refusal);
  requirePermission(actor, step.permission);
  if (!step.proposerMay && row.proposed_by === actor.userId) throw usulanRefusals.ownProposal();
  return step;
}

export interface TUsulanStepInput {
  action: TUsulanAction;
  note?: string | undefined;
  /** Columns set with the status (the musdes date and minutes). */
  sets?: SQL[];
  /** Facts for the audit row beside the move itself; never a full personal number. */
  auditData?: Record<string, unknown>;
  /** Work that belongs to the step, in its transaction (approving a removal changes the registry). */
  apply?: (tx: TDb, row: TUsulanRow) => Promise<Record<string, unknown>>;
}

/**
 * Takes one step: the status, its `usulan_step` row, whatever the step applies and the audit row
 * commit together. The rule is checked again on the locked row, so two officers acting at once never
 * both succeed; any refusal rolls everything back.
 */
export async function takeUsulanStep(
  db: TDb,
  actor: TActor,
  found: TUsulanRow,
  input: TUsulanStepInput,
): Promise<void> {
  checkUsulanStep(found, actor, input.action);
  await db.transaction(async (tx) => {
    const row = await lockUsulan(tx, found);
    const step = checkUsulanStep(row, actor, input.action);
    const applied = input.apply ? await input.apply(tx, row) : {};
    const sets = [sql`status = ${step.to}`, ...(input.sets ?? []), sql`updated_at = now()`];
    await tx.execute(
      sql`UPDATE usulan SET ${sql.join(sets, sql`, `)} WHERE kab_code = ${row.kab_code} AND id = ${row.id}`,
    );
    await tx.execute(
      sql`INSERT INTO usulan_step (kab_code, usulan_id, from_status, to_status, actor_id, note)
          VALUES (${row.kab_code}, ${row.id}, ${row.status}, ${step.to}, ${actor.userId}, ${input.note ?? null})`,
    );
    await writeAudit(tx, {
      wilayahCode: row.desa_code,
      actorId: actor.userId,
      action: `usulan.${input.action}`,
      entityType: "usulan",
      entityId: row.id,
      data: { from: row.status, to: step.to, ...input.auditData, ...applied },
    });
  });
}
