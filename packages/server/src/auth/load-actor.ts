import { rolePermissions, type TRole } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";

/** Builds the actor of an enabled user (role, scopes, permissions) in one query; undefined if disabled. */
export async function loadActor(db: TDb, userId: string): Promise<TActor | undefined> {
  const [row] = await queryRows<{ id: string; username: string; role: TRole; scopes: string[] | null }>(
    db,
    sql`SELECT u.id, u.username, u.role,
               array_remove(array_agg(s.wilayah_code ORDER BY s.wilayah_code), NULL) AS scopes
        FROM users u LEFT JOIN user_scope s ON s.user_id = u.id
        WHERE u.id = ${userId} AND NOT u.disabled
        GROUP BY u.id`,
  );
  if (!row) return undefined;
  return {
    userId: row.id,
    username: row.username,
    role: row.role,
    scopes: row.scopes ?? [],
    permissions: rolePermissions[row.role] ?? [],
  };
}
