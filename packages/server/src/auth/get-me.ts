import { menuForRole, type TMe } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { scopeViews } from "./user-view.ts";

/** The logged-in user as the web app needs it: name, role, named scopes, permissions and menu. */
export async function getMe(db: TDb, actor: TActor): Promise<TMe> {
  const views = await scopeViews(db, actor.scopes);
  const [user] = await queryRows<{ full_name: string }>(
    db,
    sql`SELECT full_name FROM users WHERE id = ${actor.userId}`,
  );
  return {
    id: actor.userId,
    username: actor.username,
    fullName: user?.full_name ?? actor.username,
    role: actor.role,
    scopes: actor.scopes.map((code) => views.get(code) ?? { code, name: code, level: "desa" as const }),
    permissions: [...actor.permissions],
    menu: menuForRole(actor.role),
  };
}
