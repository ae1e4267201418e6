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
   * True when this open created the database and it arrived with every region already loaded (a new
   * embedded database, from its template): its first start reports them as loaded.
   */
  createdWithRegions: boolean;
  /**
   * Whether other work can run while a bulk transaction is open. PGlite has one connection: while an
   * import runs, every other query waits for it, so progress can only be reported in memory.
   */
  concurrentSessions: boolean;
  /**
   * Runs bulk work in one transaction on one connection: COPY into (temporary) tables, then set-based
   * SQL. Commits when `work` resolves, rolls back when it throws; a killed process leaves nothing.
   * Bulk paths never insert row by row (ARCHITECTURE.md, Principles: runtime and storage).
   */
  bulk<T>(work: (session: TBulkSession) => Promise<T>): Promise<T>;
  /** Runs SQL as the connecting (owner) role, bypassing the app role: migrations and admin tools only. */
  execAsOwner(statements: string): Promise<void>;
  close(): Promise<void>;
}

export interface TBulkSession {
  /** Drizzle bound to the bulk transaction. Do not open nested transactions on it. */
  db: TDb;
  /**
   * `copySql` is `COPY table (cols) FROM STDIN WITH (FORMAT csv)`; `source` is CSV text, or a stream
   * of CSV chunks (each ending at a line break) so a large file never sits in memory whole.
   */
  copyIn(copySql: string, source: string | AsyncIterable<string>): Promise<void>;
}

/** The rows of a raw query, the same on both drivers. */
export async function queryRows<T>(db: TDb, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
