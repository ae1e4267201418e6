import { AppError, AppErrorCode, type TUserCreate, type TUserView } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { checkGrantedScopes } from "./check-scopes.ts";
import { hashPassword } from "./password.ts";
import { loadUserViews } from "./user-view.ts";

export async function createUser(
  db: TDb,
  actor: TActor,
  input: TUserCreate,
  options: { isDemo?: boolean; passwordHash?: string } = {},
): Promise<TUserView> {
  requirePermission(actor, "user.manage");
  await checkGrantedScopes(db, actor, input.scopes);
  const passwordHash = options.passwordHash ?? (await hashPassword(input.password));
  const id = await db.transaction(async (tx) => {
    const inserted = await queryRows<{ id: string }>(
      tx,
      sql`INSERT INTO users (username, full_name, role, password_hash, is_demo)
          VALUES (${input.username}, ${input.fullName}, ${input.role}, ${passwordHash}, ${options.isDemo ?? false})
          ON CONFLICT (username) DO NOTHING RETURNING id`,
    );
    const userId = inserted[0]?.id;
    if (!userId) {
      throw new AppError(AppErrorCode.CONFLICT, "username taken", {
        fields: [
          { field: "username", message: { id: "nama pengguna sudah dipakai", en: "username already taken" } },
        ],
      });
    }
    const scopeRows = sql.join(
      input.scopes.map((code) => sql`(${userId}, ${code})`),
      sql`, `,
    );
    await tx.execute(
      sql`INSERT INTO user_scope (user_id, wilayah_code) VALUES ${scopeRows} ON CONFLICT DO NOTHING`,
    );
    await writeAudit(tx, {
      wilayahCode: input.scopes[0] ?? null,
      actorId: actor.userId,
      action: "user.create",
      entityType: "user",
      entityId: userId,
      data: { username: input.username, role: input.role, scopes: input.scopes },
    });
    return userId;
  });
  const [view] = await loadUserViews(db, sql`u.id = ${id}`);
  if (!view) throw new AppError(AppErrorCode.INTERNAL, "created user vanished");
  return view;
}
