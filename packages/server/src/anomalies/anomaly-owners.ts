import { roleCan, roles, type TAnomalyOwnerCandidate } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { scopeCodeHolds } from "../scope/region-sql.ts";
import { requirePermission } from "../scope/scope.ts";
import { findAnomaly } from "./find-anomaly.ts";

/** The roles that may read anomalies, and so may own one. */
export const ownerRoles = roles.filter((role) => roleCan(role, "anomaly.read"));

/**
 * The users who may own a finding in `desa`: active, of a role that reads anomalies, with a scope that
 * covers the desa. The same rule `assignAnomalyOwner` checks, so the picker offers nobody it refuses.
 */
export function eligibleOwnersSql(desa: string, userId?: string) {
  const only = userId === undefined ? sql`` : sql`AND u.id = ${userId}`;
  return sql`SELECT u.id, u.username, u.full_name AS "fullName", u.role
             FROM users u
             WHERE NOT u.disabled
               AND u.role IN (${sql.join(
                 ownerRoles.map((r) => sql`${r}`),
                 sql`, `,
               )})
               AND EXISTS (SELECT 1 FROM user_scope s WHERE s.user_id = u.id
                           AND ${scopeCodeHolds(sql`s.wilayah_code`, desa)})
               ${only}`;
}

/** The picker for a finding's owner (anomaly.manage): eligible users, nearest role first by name. */
export async function listOwnerCandidates(
  db: TDb,
  actor: TActor,
  id: string,
): Promise<TAnomalyOwnerCandidate[]> {
  requirePermission(actor, "anomaly.manage");
  const finding = await findAnomaly(db, actor, id);
  return queryRows<TAnomalyOwnerCandidate>(
    db,
    sql`${eligibleOwnersSql(finding.desa_code)} ORDER BY u.full_name, u.username LIMIT 200`,
  );
}
