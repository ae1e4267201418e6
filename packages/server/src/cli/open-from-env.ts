import type { TConfig } from "../config.ts";
import type { TDatabase } from "../db/database.ts";
import { openDatabase } from "../db/open-database.ts";
import { failInterruptedJobs } from "../jobs/job-store.ts";
import { loadWilayah } from "../wilayah/load-wilayah.ts";

/**
 * Opens (and migrates) the configured database. Commands that work on data also get the regions
 * loaded (a no-op after the first time) and any interrupted job marked as such.
 */
export async function openFromConfig(
  config: TConfig,
  options: { forWork?: boolean } = {},
): Promise<TDatabase> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  if (options.forWork) {
    await loadWilayah(database);
    await failInterruptedJobs(database.db);
  }
  return database;
}
