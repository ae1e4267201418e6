import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { TDatabase, TDb } from "./database.ts";
import { APP_ROLE, grantStatements } from "./grants.ts";
import { migrationsFolder } from "./migrations-folder.ts";
import * as schema from "./schema.ts";

// Any constant will do: it only has to be the same for every Kawal process sharing the database.
const MIGRATION_LOCK = 4_611_686_018_427_387_001n;

/** Migrates under an advisory lock (several servers may start at once), then grants the app role. */
async function migrateAndGrant(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK.toString()]);
    await migrate(drizzle(client), { migrationsFolder });
    await client.query(grantStatements({ embedded: false }));
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK.toString()]).catch(() => {});
    await client.end();
  }
}

export async function openPostgres(url: string, options: { poolSize?: number } = {}): Promise<TDatabase> {
  await migrateAndGrant(url);
  // Every pooled connection acts as the app role from its first statement (a startup option).
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    options: `-c role=${APP_ROLE}`,
  });
  const db = drizzle(pool, { schema }) as unknown as TDb;
  return {
    kind: "postgres",
    db,
    createdWithRegions: false,
    concurrentSessions: true,
    async bulk(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work({
          db: drizzle(client, { schema }) as unknown as TDb,
          async copyIn(copySql, source) {
            await pipeline(
              Readable.from(typeof source === "string" ? [source] : source),
              client.query(copyFrom(copySql)),
            );
          },
        });
        await client.query("COMMIT");
        client.release();
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        client.release(true);
        throw error;
      }
    },
    async execAsOwner(statements) {
      const client = await pool.connect();
      try {
        await client.query(`SET ROLE NONE; ${statements}; SET ROLE ${APP_ROLE};`);
        client.release();
      } catch (error) {
        // A failed batch may leave the connection as the owner: discard it rather than pool it.
        client.release(true);
        throw error;
      }
    },
    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}
