import type { TConfig } from "../config.ts";
import type { TDatabase } from "../db/database.ts";
import { openDatabase } from "../db/open-database.ts";

export function openFromConfig(config: TConfig): Promise<TDatabase> {
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
}
