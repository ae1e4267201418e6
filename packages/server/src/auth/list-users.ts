import type { TRole, TUserPage } from "@kawal/core";
import { sql } from "drizzle-orm";
import type { TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { userInScope } from "../scope/user-scope.ts";
import { loadUserViews } from "./user-view.ts";

export interface TListUsers {
  q?: string | undefined;
  role?: TRole | undefined;
  /** The last username of the previous page. */
  cursor?: string | undefined;
  limit: number;
}

/** Users inside the actor's scope, by username, one page at a time (keyset, so pages stay fast). */
export async function listUsers(db: TDb, actor: TActor, query: TListUsers): Promise<TUserPage> {
  requirePermission(actor, "user.read");
  const q = query.q
    ?.trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`);
  const conditions = [
    userInScope(actor),
    q ? sql`(lower(u.username) LIKE ${`%${q}%`} OR lower(u.full_name) LIKE ${`%${q}%`})` : undefined,
    query.role ? sql`u.role = ${query.role}` : undefined,
    query.cursor ? sql`u.username > ${query.cursor}` : undefined,
  ].filter((c) => c !== undefined);
  const items = await loadUserViews(
    db,
    sql.join(conditions, sql` AND `),
    sql`ORDER BY u.username LIMIT ${query.limit + 1}`,
  );
  const hasMore = items.length > query.limit;
  const page = hasMore ? items.slice(0, query.limit) : items;
  return { items: page, nextCursor: hasMore ? (page.at(-1)?.username ?? null) : null };
}
