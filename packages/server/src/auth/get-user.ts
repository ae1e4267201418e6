import type { TUserView } from "@kawal/core";
import { sql } from "drizzle-orm";
import type { TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { lookupId } from "../scope/record-id.ts";
import { findInScope, regionsOf, requirePermission } from "../scope/scope.ts";
import { userInScope } from "../scope/user-scope.ts";
import { loadUserViews } from "./user-view.ts";

/** One user, if the actor may see it; 404 (and an audit row) otherwise. */
export async function getUser(db: TDb, actor: TActor, userId: string): Promise<TUserView> {
  requirePermission(actor, "user.read");
  const id = lookupId(userId);
  return findInScope(db, actor, {
    entityType: "user",
    entityId: userId,
    findInScope: async () => (await loadUserViews(db, sql`u.id = ${id} AND ${userInScope(actor)}`))[0],
    findRegions: () =>
      regionsOf(
        db,
        sql`SELECT (SELECT min(wilayah_code) FROM user_scope s WHERE s.user_id = u.id) FROM users u WHERE u.id = ${id}`,
      ),
  });
}
