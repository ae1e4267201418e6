import type { TConfig } from "../config.ts";
import type { TOutput } from "./cli-output.ts";
import { openFromConfig } from "./open-from-env.ts";

/** Opening the database migrates it (and grants the app role); this command does only that. */
export async function migrateCommand(config: TConfig, out: TOutput): Promise<void> {
  const database = await openFromConfig(config);
  await database.close();
  out.result(
    { migrated: true, database: database.kind },
    `Skema basis data mutakhir / database schema up to date (${database.kind})`,
  );
}
