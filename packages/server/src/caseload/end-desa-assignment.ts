import { AppError, AppErrorCode, type TDesaAssignmentEnd, type TDesaAssignmentEnded } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { lookupId } from "../scope/record-id.ts";
import { findInScope, inScope, regionsOf, requirePermission } from "../scope/scope.ts";
import { refuse } from "./caseload-refusals.ts";

interface TRow {
  id: string;
  kab_code: string;
  user_id: string;
  desa_code: string;
  mulai: string;
  selesai: string | null;
}

const select = sql`SELECT id, kab_code, user_id, desa_code, mulai::text AS mulai, selesai::text AS selesai FROM companion_desa`;

/** Ends a companion's desa assignment on a date; the row stays, so who served a desa when is kept. */
export async function endDesaAssignment(
  db: TDb,
  actor: TActor,
  assignmentId: string,
  input: TDesaAssignmentEnd,
): Promise<TDesaAssignmentEnded> {
  requirePermission(actor, "caseload.manage");
  const id = lookupId(assignmentId);
  const row = await findInScope(db, actor, {
    entityType: "companion_desa",
    entityId: assignmentId,
    findInScope: async () =>
      (await queryRows<TRow>(db, sql`${select} WHERE id = ${id} AND ${inScope(actor, sql`desa_code`)}`))[0],
    findRegions: () => regionsOf(db, sql`SELECT desa_code FROM companion_desa WHERE id = ${id}`),
  });
  if (row.selesai !== null) {
    throw new AppError(AppErrorCode.INVALID_TRANSITION, "assignment already ended");
  }
  if (input.selesai < row.mulai) {
    throw refuse(
      "selesai",
      `tanggal selesai tidak boleh sebelum tanggal mulai (${row.mulai})`,
      `the end date cannot be before the start date (${row.mulai})`,
    );
  }
  await db.transaction(async (tx) => {
    const ended = await queryRows<{ id: string }>(
      tx,
      sql`UPDATE companion_desa SET selesai = ${input.selesai}
          WHERE kab_code = ${row.kab_code} AND id = ${row.id} AND selesai IS NULL RETURNING id`,
    );
    if (ended.length === 0) throw new AppError(AppErrorCode.INVALID_TRANSITION, "assignment already ended");
    await writeAudit(tx, {
      wilayahCode: row.desa_code,
      actorId: actor.userId,
      action: "caseload.end_desa",
      entityType: "companion",
      entityId: row.user_id,
      data: { assignmentId: row.id, desa: row.desa_code, selesai: input.selesai },
    });
  });
  return {
    assignmentId: row.id,
    userId: row.user_id,
    desaCode: row.desa_code,
    mulai: row.mulai,
    selesai: input.selesai,
  };
}
