import type { TDatabase } from "./database.ts";
import { openPglite } from "./open-pglite.ts";
import { openPostgres } from "./open-postgres.ts";

/**
 * PostgreSQL is the only dialect: a server when `databaseUrl` is set, otherwise embedded PGlite in
 * `dataDir` (in memory when `dataDir` is null, for tests). Both run the same migrations on open.
 */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir: string | null;
}): Promise<TDatabase> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir);
}
