import { type SQL, sql } from "drizzle-orm";
import type { TActor } from "../scope/actor.ts";
import { userInScope } from "../scope/user-scope.ts";

export const COMPANION_ROLES_SQL = sql`('tksk', 'pendamping_pkh', 'psm')`;

export function canManageCaseload(actor: TActor): boolean {
  return actor.permissions.includes("caseload.manage");
}

/**
 * Which users' caseloads the actor may see: a manager (caseload.manage) sees users whose scopes all lie
 * inside its own; anyone else sees only itself.
 */
export function companionVisible(actor: TActor, userId: SQL): SQL {
  if (canManageCaseload(actor)) return sql`(${userId} = ${actor.userId} OR ${userInScope(actor, userId)})`;
  return sql`${userId} = ${actor.userId}`;
}
