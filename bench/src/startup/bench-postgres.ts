import { spawnSync } from "node:child_process";
import { createDatabase, dropDatabase, serverUnavailable } from "../entitlement/bench-psql.ts";

/** The server the PostgreSQL half of the benchmark uses; any database on it serves to create others. */
export const adminUrl = process.env.KAWAL_BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";

/** Why the PostgreSQL measurements cannot run here, or null when the server answers. */
export const postgresUnavailable = () => serverUnavailable(adminUrl);

/** A new, empty database for one run; returns its URL. */
export const createBenchDatabase = () => createDatabase(adminUrl);

export const dropBenchDatabase = (url: string) => dropDatabase(url, adminUrl);

/**
 * The floor of an import: after `setup` (which makes `table`, of text columns), psql's `\copy` of the
 * same file into it. Returns the seconds the copy alone took.
 */
export function bareCopySeconds(url: string, setup: string, table: string, file: string): number {
  const run = (statement: string) => {
    const result = spawnSync("psql", [url, "-v", "ON_ERROR_STOP=1", "-qc", statement], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(result.stderr);
  };
  run(setup);
  const started = performance.now();
  run(`\\copy ${table} FROM '${file}' WITH (FORMAT csv, HEADER true)`);
  return (performance.now() - started) / 1000;
}
