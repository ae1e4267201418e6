import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TDatabase } from "../src/db/database.ts";
import { openPglite } from "../src/db/open-pglite.ts";
import { openPostgres } from "../src/db/open-postgres.ts";

/**
 * Every database suite runs on PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set. With
 * KAWAL_TEST_STRICT=1 (CI), a missing server is a failure instead of a skip.
 */
export interface TDbTarget {
  name: "pglite" | "postgres";
  /** A fresh, migrated, empty database; `url` is set for PostgreSQL (for superuser access in tests). */
  open(): Promise<{ database: TDatabase; url: string | null; drop(): Promise<void> }>;
}

export const strict = process.env.KAWAL_TEST_STRICT === "1";
const serverUrl = process.env.TEST_DATABASE_URL;
if (strict && !serverUrl) {
  throw new Error("KAWAL_TEST_STRICT=1 but TEST_DATABASE_URL is not set: the PostgreSQL suites cannot run");
}
if (!serverUrl) {
  console.warn("TEST_DATABASE_URL not set: PostgreSQL suites skipped (PGlite only)");
}

const pgliteTarget: TDbTarget = {
  name: "pglite",
  async open() {
    const database = await openPglite(null);
    return { database, url: null, drop: () => database.close() };
  },
};

const postgresTarget = (url: string): TDbTarget => ({
  name: "postgres",
  async open() {
    const name = `kawal_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    const database = await openPostgres(dbUrl.toString(), { poolSize: 5 });
    return {
      database,
      url: dbUrl.toString(),
      async drop() {
        await database.close();
        const again = new pg.Client({ connectionString: url });
        await again.connect();
        // pool.end() resolves before the server has seen every connection close; dropping at once
        // would terminate those and surface as an error in the closing client. Wait for them first.
        for (let i = 0; i < 100; i++) {
          const open = await again.query(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1",
            [name],
          );
          if (open.rows[0]?.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await again.end();
      },
    };
  },
});

export const dbTargets: TDbTarget[] = serverUrl ? [pgliteTarget, postgresTarget(serverUrl)] : [pgliteTarget];
