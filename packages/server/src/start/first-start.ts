import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { createUser } from "../auth/create-user.ts";
import type { TConfig } from "../config.ts";
import { queryRows, type TDatabase } from "../db/database.ts";
import { loadDemo } from "../demo/load-demo.ts";
import { failInterruptedJobs } from "../jobs/job-store.ts";
import { systemActor } from "../scope/actor.ts";
import { countWilayah, loadWilayah } from "../wilayah/load-wilayah.ts";

export interface TFirstStart {
  wilayahLoaded: number;
  /** Logins to print when this start created accounts. */
  logins: { username: string; password: string; role: string }[];
  demo: boolean;
}

/**
 * Makes an empty database usable: all regions, then either the demo (embedded database only, never a
 * server named by DATABASE_URL) or a single administrator. A database that has users is left alone.
 */
export async function prepareDatabase(database: TDatabase, config: TConfig): Promise<TFirstStart> {
  const { loaded } = await loadWilayah(database);
  await failInterruptedJobs(database.db);
  const [users] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM users`);
  if ((users?.n ?? 0) > 0) return { wilayahLoaded: loaded, logins: [], demo: false };
  // A database that arrived with its regions (the embedded template) reports them as this start's load.
  const wilayahLoaded = database.createdWithRegions ? await countWilayah(database) : loaded;
  if (database.kind === "pglite") {
    const demo = await loadDemo(database, { adminPassword: config.adminPassword });
    return { wilayahLoaded, logins: demo.users, demo: true };
  }
  const password = config.adminPassword ?? randomBytes(12).toString("base64url");
  await createUser(database.db, systemActor, {
    username: "admin",
    fullName: "Administrator",
    role: "admin",
    password,
    scopes: ["ID"],
  });
  return { wilayahLoaded, logins: [{ username: "admin", password, role: "admin" }], demo: false };
}
