import type { TDatabase } from "./database.ts";

/**
 * Refreshes the planner's statistics after a bulk change, on both databases. The embedded database has
 * no autovacuum, and a server's may be off or come minutes late: meanwhile the planner guesses row
 * counts of tables that were empty, and picks nested loops over thousands of families or a trigram
 * index walk where reading the first pages would do (PostgreSQL's documentation asks for ANALYZE after
 * a bulk load for this reason). It samples a fixed number of rows, yet on a million fresh rows it
 * still reads most of their pages. ANALYZE needs the owner. `onServer: false` leaves a server to its autovacuum, for
 * a table rewritten often and read by its keys, where reading the fresh rows again would cost more than
 * the plans gain.
 */
export async function refreshStatistics(
  database: TDatabase,
  tables: readonly string[],
  options: { onServer: boolean } = { onServer: true },
): Promise<void> {
  if (tables.length === 0 || (database.kind !== "pglite" && !options.onServer)) return;
  await database.execAsOwner(`ANALYZE ${tables.join(", ")}`);
}
