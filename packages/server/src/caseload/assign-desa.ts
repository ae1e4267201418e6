import type { TDesaAssigned, TDesaAssignmentCreate } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { checkAssignable } from "./check-companion.ts";
import { checkDesaCodes } from "./check-desa-codes.ts";
import { findCompanion } from "./find-companion.ts";

/** Assigns a companion to desa from a date; a desa it already serves is left as it is. */
export async function assignDesa(
  db: TDb,
  actor: TActor,
  input: TDesaAssignmentCreate,
): Promise<TDesaAssigned> {
  requirePermission(actor, "caseload.manage");
  const user = await findCompanion(db, actor, input.userId);
  checkAssignable(user, "userId");
  const codes = [...new Set(input.desaCodes)];
  await checkDesaCodes(db, actor, codes, (i) => `desaCodes.${input.desaCodes.indexOf(codes[i] ?? "")}`);
  return db.transaction(async (tx) => {
    const values = sql.join(
      codes.map((code) => sql`(${code})`),
      sql`, `,
    );
    const added = await queryRows<{ desa_code: string }>(
      tx,
      sql`INSERT INTO companion_desa (kab_code, user_id, desa_code, mulai, created_by)
          SELECT split_part(d.code, '.', 1) || '.' || split_part(d.code, '.', 2), ${user.id}, d.code, ${input.mulai}, ${actor.userId}
          FROM (VALUES ${values}) AS d(code)
          WHERE NOT EXISTS (SELECT 1 FROM companion_desa c
                            WHERE c.user_id = ${user.id} AND c.desa_code = d.code AND c.selesai IS NULL)
          RETURNING desa_code`,
    );
    const addedCodes = added.map((r) => r.desa_code).sort();
    await writeAudit(tx, {
      wilayahCode: codes[0] ?? null,
      actorId: actor.userId,
      action: "caseload.assign_desa",
      entityType: "companion",
      entityId: user.id,
      data: { role: user.role, mulai: input.mulai, added: addedCodes },
    });
    return {
      userId: user.id,
      added: addedCodes,
      alreadyAssigned: codes.filter((c) => !addedCodes.includes(c)).sort(),
    };
  });
}
