import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import type { TDatabase, TDb } from "./database.ts";
import { APP_ROLE, grantStatements } from "./grants.ts";
import { migrationsFolder } from "./migrations-folder.ts";
import * as schema from "./schema.ts";

/** Opens (creating if needed) the embedded database in `dataDir`, or in memory when it is null. */
export async function openPglite(dataDir: string | null): Promise<TDatabase> {
  let dir: string | undefined;
  if (dataDir) {
    dir = join(dataDir, "pglite");
    mkdirSync(dir, { recursive: true });
  }
  const client = await PGlite.create({ ...(dir ? { dataDir: dir } : {}), extensions: { pg_trgm } });
  const db = drizzle(client, { schema }) as unknown as TDb;
  await migrate(drizzle(client), { migrationsFolder });
  await client.exec(grantStatements({ embedded: true }));
  await client.exec(`SET ROLE ${APP_ROLE}`);
  return {
    kind: "pglite",
    db,
    async copyIn(copySql, csv) {
      await client.query(copySql.replace(/FROM\s+STDIN/i, "FROM '/dev/blob'"), [], { blob: new Blob([csv]) });
    },
    async execAsOwner(statements) {
      try {
        await client.exec(`SET ROLE NONE; ${statements}`);
      } finally {
        // Back to the app role even when the statements fail: the one connection is shared.
        await client.exec(`SET ROLE ${APP_ROLE}`);
      }
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
}
