import { AppError, AppErrorCode, type TLoginInput } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { loadActor } from "./load-actor.ts";
import { verifyAgainstNothing, verifyPassword } from "./password.ts";
import { hashSessionToken, newSessionToken } from "./session-token.ts";

export interface TLoginResult {
  token: string;
  actor: TActor;
}

/**
 * Checks the password and opens a new session. A previous session of the same browser is ended
 * (rotation at login). Wrong username, wrong password and a disabled account all answer the same.
 */
export async function login(
  db: TDb,
  input: TLoginInput,
  options: { absoluteHours: number; previousToken?: string | undefined; now?: Date },
): Promise<TLoginResult> {
  const now = options.now ?? new Date();
  const [user] = await queryRows<{
    id: string;
    password_hash: string;
    disabled: boolean;
    scope: string | null;
  }>(
    db,
    sql`SELECT u.id, u.password_hash, u.disabled,
               (SELECT min(wilayah_code) FROM user_scope s WHERE s.user_id = u.id) AS scope
        FROM users u WHERE u.username = ${input.username}`,
  );
  if (!user) {
    await verifyAgainstNothing(input.password);
    throw new AppError(AppErrorCode.INVALID_CREDENTIALS);
  }
  const passwordOk = await verifyPassword(user.password_hash, input.password);
  if (!passwordOk || user.disabled) {
    await db.transaction((tx) =>
      writeAudit(tx, {
        wilayahCode: user.scope,
        actorId: user.id,
        action: "auth.login_failed",
        entityType: "user",
        entityId: user.id,
        data: { reason: passwordOk ? "disabled" : "wrong_password" },
      }),
    );
    throw new AppError(AppErrorCode.INVALID_CREDENTIALS);
  }
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + options.absoluteHours * 3_600_000);
  await db.transaction(async (tx) => {
    if (options.previousToken) {
      await tx.execute(
        sql`DELETE FROM session WHERE token_hash = ${hashSessionToken(options.previousToken)}`,
      );
    }
    await tx.execute(sql`INSERT INTO session (token_hash, user_id, created_at, last_seen_at, expires_at)
                         VALUES (${hashSessionToken(token)}, ${user.id}, ${now.toISOString()}, ${now.toISOString()},
                                 ${expiresAt.toISOString()})`);
    await writeAudit(tx, {
      wilayahCode: user.scope,
      actorId: user.id,
      action: "auth.login",
      entityType: "user",
      entityId: user.id,
    });
  });
  const actor = await loadActor(db, user.id);
  if (!actor) throw new AppError(AppErrorCode.INVALID_CREDENTIALS);
  return { token, actor };
}
