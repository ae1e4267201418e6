import { type SQL, sql } from "drizzle-orm";
import type { TActor } from "./actor.ts";
import { scopeCodeHolds } from "./region-sql.ts";
import { hasNationalScope, inScope } from "./scope.ts";

/**
 * A user record lies inside the actor's scope when it has at least one scope and every one of its
 * scope codes lies inside the actor's: a TKSK sees the PSM of its desa, not the Dinas officer above it.
 */
export function userInScope(actor: TActor, userId: SQL = sql`u.id`): SQL {
  // A national administrator also sees accounts left with no scope, so they can be repaired.
  if (hasNationalScope(actor)) return sql`TRUE`;
  return sql`(EXISTS (SELECT 1 FROM user_scope s1 WHERE s1.user_id = ${userId})
          AND NOT EXISTS (SELECT 1 FROM user_scope s2 WHERE s2.user_id = ${userId}
                          AND NOT ${inScope(actor, sql`s2.wilayah_code`)}))`;
}

/**
 * A user who works in the actor's area: one of its scope codes lies inside the actor's scope or above
 * part of it (the Dinas Sosial officer of the kabupaten, a national account). For pickers that show
 * names and roles only, never for reading a user's record.
 */
export function userWorksNear(actor: TActor, userId: SQL = sql`u.id`): SQL {
  if (hasNationalScope(actor)) return sql`TRUE`;
  if (actor.scopes.length === 0) return sql`FALSE`;
  const above = sql.join(
    actor.scopes.map((code) => scopeCodeHolds(sql`s.wilayah_code`, code)),
    sql` OR `,
  );
  return sql`EXISTS (SELECT 1 FROM user_scope s WHERE s.user_id = ${userId}
                     AND (${inScope(actor, sql`s.wilayah_code`)} OR ${above}))`;
}
