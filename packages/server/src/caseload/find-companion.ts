import { sql } from "drizzle-orm";
import { recordFinder } from "../scope/record-finder.ts";
import { companionVisible } from "./companion-sql.ts";

export interface TCompanionRow {
  id: string;
  username: string;
  full_name: string;
  role: string;
  disabled: boolean;
  scopes: string[];
}

/**
 * A user whose caseload the actor may see (itself, or for a manager a user inside its scope). Any other
 * user answers 404 like a missing one and leaves an `access.denied` audit row.
 */
export const findCompanion = recordFinder<TCompanionRow>({
  entityType: "companion",
  row: (id, actor) =>
    sql`SELECT u.id, u.username, u.full_name, u.role, u.disabled,
               array(SELECT s.wilayah_code FROM user_scope s WHERE s.user_id = u.id ORDER BY 1) AS scopes
        FROM users u WHERE u.id = ${id} AND ${companionVisible(actor, sql`u.id`)}`,
  regions: (id) =>
    sql`SELECT s.wilayah_code FROM users u LEFT JOIN user_scope s ON s.user_id = u.id WHERE u.id = ${id} ORDER BY 1`,
});
