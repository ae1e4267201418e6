import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";

/**
 * The server this scenario uses: DATABASE_URL when set, else the benchmark's local server. Each run
 * gets a database of its own there, dropped afterwards.
 */
export const serverUrl =
  process.env.DATABASE_URL ||
  process.env.KAWAL_BENCH_DATABASE_URL ||
  "postgres://postgres@127.0.0.1:5432/postgres";

/** Runs SQL (psql meta-commands allowed) through `psql`; returns its output and wall time in seconds. */
export function psql(url: string, script: string): { out: string; seconds: number } {
  const started = performance.now();
  const result = spawnSync("psql", [url, "-v", "ON_ERROR_STOP=1", "-qtA"], {
    input: script,
    encoding: "utf8",
    env: { ...process.env, PGCONNECT_TIMEOUT: "3" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.error) throw new Error(`psql: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`psql: ${result.stderr.trim()}`);
  return { out: result.stdout.trim(), seconds };
}

/** Why the PostgreSQL measurements cannot run on the server, or null when it answers. */
export function serverUnavailable(server = serverUrl): string | null {
  try {
    psql(server, "SELECT 1");
    return null;
  } catch (error) {
    return `no PostgreSQL at ${new URL(server).host} (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** A new, empty database on the server for one run; returns its URL. */
export function createDatabase(server = serverUrl): string {
  const name = `kawal_bench_${randomBytes(6).toString("hex")}`;
  psql(server, `CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

export function dropDatabase(url: string, server = serverUrl): void {
  const name = new URL(url).pathname.slice(1);
  if (!/^kawal_bench_[0-9a-f]+$/.test(name)) throw new Error(`refusing to drop ${name}`);
  psql(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
