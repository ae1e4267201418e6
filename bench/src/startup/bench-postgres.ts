import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";

/** The server the PostgreSQL half of the benchmark uses; any database on it serves to create others. */
export const adminUrl = process.env.KAWAL_BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";

/** Runs one statement through `psql` (no driver needed in the benchmark); throws with psql's message. */
function psql(statement: string): string {
  const result = spawnSync("psql", [adminUrl, "-v", "ON_ERROR_STOP=1", "-qtAc", statement], {
    encoding: "utf8",
    env: { ...process.env, PGCONNECT_TIMEOUT: "3" },
  });
  if (result.error) throw new Error(`psql: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`psql: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

/** Why the PostgreSQL measurements cannot run here, or null when the server answers. */
export function postgresUnavailable(): string | null {
  try {
    psql("SELECT 1");
    return null;
  } catch (error) {
    const where = new URL(adminUrl);
    return `no PostgreSQL at ${where.host} (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** A new, empty database for one run; returns its URL. */
export function createBenchDatabase(): string {
  const name = `kawal_bench_${randomBytes(6).toString("hex")}`;
  psql(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function dropBenchDatabase(url: string): void {
  const name = new URL(url).pathname.slice(1);
  if (!/^kawal_bench_[0-9a-f]+$/.test(name)) throw new Error(`refusing to drop ${name}`);
  psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

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
