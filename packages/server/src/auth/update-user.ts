import type { TUserUpdate, TUserView } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import type { TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { checkGrantedScopes } from "./check-scopes.ts";
import { getUser } from "./get-user.ts";
import { hashPassword } from "./password.ts";

/**
 * Changes a user's name, role, scopes, password or disabled flag. Disabling, a new password, a new
 * role or new scopes end every session of the user, so nobody keeps rights they no longer have.
 */
export async function updateUser(
  db: TDb,
  actor: TActor,
  userId: string,
  input: TUserUpdate,
): Promise<TUserView> {
  requirePermission(actor, "user.manage");
  const before = await getUser(db, actor, userId);
  if (input.scopes) await checkGrantedScopes(db, actor, input.scopes);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  const endSessions =
    input.disabled === true ||
    passwordHash !== undefined ||
    input.role !== undefined ||
    input.scopes !== undefined;
  await db.transaction(async (tx) => {
    const sets = [
      input.fullName !== undefined ? sql`full_name = ${input.fullName}` : undefined,
      input.role !== undefined ? sql`role = ${input.role}` : undefined,
      input.disabled !== undefined ? sql`disabled = ${input.disabled}` : undefined,
      passwordHash !== undefined ? sql`password_hash = ${passwordHash}` : undefined,
      sql`updated_at = now()`,
    ].filter((s) => s !== undefined);
    await tx.execute(sql`UPDATE users SET ${sql.join(sets, sql`, `)} WHERE id = ${before.id}`);
    if (input.scopes) {
      await tx.execute(sql`DELETE FROM user_scope WHERE user_id = ${before.id}`);
      const rows = sql.join(
        input.scopes.map((code) => sql`(${before.id}, ${code})`),
        sql`, `,
      );
      await tx.execute(
        sql`INSERT INTO user_scope (user_id, wilayah_code) VALUES ${rows} ON CONFLICT DO NOTHING`,
      );
    }
    if (endSessions) await tx.execute(sql`DELETE FROM session WHERE user_id = ${before.id}`);
    await writeAudit(tx, {
      wilayahCode: before.scopes[0]?.code ?? null,
      actorId: actor.userId,
      action: input.disabled === true ? "user.disable" : "user.update",
      entityType: "user",
      entityId: before.id,
      data: {
        changed: Object.keys(input).filter((k) => k !== "password"),
        passwordChanged: passwordHash !== undefined,
        before: {
          fullName: before.fullName,
          role: before.role,
          disabled: before.disabled,
          scopes: before.scopes.map((s) => s.code),
        },
        after: { fullName: input.fullName, role: input.role, disabled: input.disabled, scopes: input.scopes },
      },
    });
  });
  return getUser(db, actor, before.id);
}
