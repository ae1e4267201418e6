import type { TDatabase } from "./database.ts";

/**
 * Refreshes the planner's statistics after a bulk change, on both databases. The embedded database has
 * no autovacuum, and a server's may be off or come minutes late: meanwhile the planner guesses row
 * counts of tables that were empty, and picks nested loops over thousands of families or a trigram
 * index walk where reading the first pages would do (PostgreSQL's documentation asks for ANALYZE after
 * a bulk load for this reason). It samples a fixed number of rows, so it costs well under a second
 * even on a million. ANALYZE needs the owner.
 */
export async function refreshStatistics(database: TDatabase, tables: readonly string[]): Promise<void> {
  if (tables.length === 0) return;
  await database.execAsOwner(`ANALYZE ${tables.join(", ")}`);
}
