import type { TDb } from "../../src/db/database.ts";
import { userScopes, users } from "../../src/db/schema.ts";

/** A staff account with its wilayah scopes, written straight in (the password is hashed by the caller). */
export async function makeUser(
  db: TDb,
  user: {
    username: string;
    role: string;
    scopes: readonly string[];
    passwordHash: string;
    fullName?: string;
  },
): Promise<{ id: string; username: string }> {
  const [row] = await db
    .insert(users)
    .values({
      username: user.username,
      fullName: user.fullName ?? `Uji ${user.username}`,
      role: user.role,
      passwordHash: user.passwordHash,
    })
    .returning({ id: users.id });
  if (!row) throw new Error("user not created");
  for (const code of user.scopes) await db.insert(userScopes).values({ userId: row.id, wilayahCode: code });
  return { id: row.id, username: user.username };
}
