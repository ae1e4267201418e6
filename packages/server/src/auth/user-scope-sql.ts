import { NATIONAL_SCOPE } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import type { TActor } from "../scope/actor.ts";
import { inScope } from "../scope/scope.ts";

/**
 * A user record lies inside the actor's scope when it has at least one scope and every one of its
 * scope codes lies inside the actor's: a TKSK sees the PSM of its desa, not the Dinas officer above it.
 */
export function userInScope(actor: TActor, userId: SQL = sql`u.id`): SQL {
  // A national administrator also sees accounts left with no scope, so they can be repaired.
  if (actor.scopes.includes(NATIONAL_SCOPE)) return sql`TRUE`;
  return sql`(EXISTS (SELECT 1 FROM user_scope s1 WHERE s1.user_id = ${userId})
          AND NOT EXISTS (SELECT 1 FROM user_scope s2 WHERE s2.user_id = ${userId}
                          AND NOT ${inScope(actor, sql`s2.wilayah_code`)}))`;
}
