import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema.ts";

/** Drizzle over either driver; transactions are assignable to it, so use cases take one `TDb`. */
export type TDb = PgDatabase<PgQueryResultHKT, typeof schema>;

export type TDatabaseKind = "pglite" | "postgres";

export interface TDatabase {
  kind: TDatabaseKind;
  db: TDb;
  /**
   * Bulk load with COPY: `copySql` is `COPY table (cols) FROM STDIN WITH (FORMAT csv)`; `csv` is the
   * data. Bulk paths never insert row by row (DESIGN.md, Runtime and storage).
   */
  copyIn(copySql: string, csv: string): Promise<void>;
  /** Runs SQL as the connecting (owner) role, bypassing the app role: migrations and admin tools only. */
  execAsOwner(statements: string): Promise<void>;
  close(): Promise<void>;
}

/** The rows of a raw query, the same on both drivers. */
export async function queryRows<T>(db: TDb, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
