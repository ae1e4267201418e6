import type { TDatabase } from "./database.ts";

/**
 * Refreshes the planner's statistics after a bulk change. PostgreSQL's autovacuum does this by itself
 * soon after; the embedded database has no autovacuum, so without it the planner keeps guessing row
 * counts of empty tables and picks nested loops over thousands of families. ANALYZE needs the owner.
 */
export async function refreshStatistics(database: TDatabase, tables: readonly string[]): Promise<void> {
  if (database.kind !== "pglite" || tables.length === 0) return;
  await database.execAsOwner(`ANALYZE ${tables.join(", ")}`);
}
