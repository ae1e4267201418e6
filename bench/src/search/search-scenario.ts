import { spawnSync } from "node:child_process";
import { createReadStream } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { femaleNames, maleNames, registrySearchQuery, secondNames, systemActor } from "@kawal/server/bench";
import { PgDialect } from "drizzle-orm/pg-core";
import pg from "pg";
import { freePort } from "../free-port.ts";
import { repoRoot } from "../paths.ts";
import { anggotaFile } from "../registry/anggota-file.ts";
import { runImport } from "../registry/import-process.ts";
import { measurement, type TScenario } from "../scenario.ts";
import { createBenchDatabase, dropBenchDatabase, postgresUnavailable } from "../startup/bench-postgres.ts";
import { startServer } from "../startup/server-process.ts";
import { loginSession } from "./bench-session.ts";
import { percentile, postLoad } from "./load.ts";

const CONNECTIONS = 10;
const SECONDS = 10;

/** Every 97th NIK of the file: real lookups that hit. */
async function sampleNiks(file: string, count: number): Promise<string[]> {
  const niks: string[] = [];
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file) })) {
    n += 1;
    if (n > 1 && n % 97 === 0) niks.push(line.split(",")[1] ?? "");
    if (niks.length >= count) break;
  }
  return niks;
}

function nameQueries(): string[] {
  const first = [...maleNames, ...femaleNames].map((n) => n.toLowerCase());
  const second = secondNames.map((n) => n.toLowerCase());
  return [...first, ...second, ...first.slice(0, 20).map((f, i) => `${f} ${second[i % second.length]}`)];
}

/** The same statements, bare over node-postgres with the same concurrency: the floor. */
async function bareSql(url: string, queries: readonly string[], scope: string): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
  const dialect = new PgDialect();
  const actor = { ...systemActor, scopes: [scope] };
  const statements = queries.flatMap((q) => {
    const query = registrySearchQuery(actor, { q, limit: 20 });
    return query ? [dialect.sqlToQuery(query)] : [];
  });
  const times: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const statement = statements[next++ % statements.length];
        if (!statement) return;
        const started = performance.now();
        await pool.query(statement.sql, statement.params as unknown[]);
        times.push(performance.now() - started);
      }
    }),
  );
  await pool.end();
  times.sort((a, b) => a - b);
  return percentile(times, 95);
}

/**
 * `search`: NIK lookup and name search over HTTP with concurrent clients (autocannon) on a registry of
 * 1M members (`--members N`) in PostgreSQL, by a Dinas Sosial user scoped to the kabupaten; p95
 * against the bare SQL of the same statements.
 */
export const searchScenario: TScenario = {
  name: "search",
  description: "pencarian NIK dan nama / NIK and name search under load (PostgreSQL)",
  async run({ runs, members, log }) {
    const size = members ?? 1_000_000;
    const unavailable = postgresUnavailable();
    if (unavailable) return { measurements: [], skipped: [`PostgreSQL: ${unavailable}`] };
    const file = await anggotaFile(size);
    const url = createBenchDatabase();
    const m = measurement;
    const nikP95 = m("nik-p95", `NIK lookup p95, ${CONNECTIONS} clients`, "ms", 50);
    const nikFloor = m("nik-floor", "NIK lookup p95, bare SQL", "ms");
    const nameP95 = m("name-p95", `name search p95, ${CONNECTIONS} clients`, "ms", 50);
    const nameFloor = m("name-floor", "name search p95, bare SQL", "ms");
    const nikRps = m("nik-rps", "NIK lookups per second", "/s");
    const nameRps = m("name-rps", "name searches per second", "/s");
    try {
      log(`mengimpor / importing ${size} members`);
      const imported = await runImport(file, { DATABASE_URL: url });
      if (imported.exitCode !== 0) throw new Error("import failed");
      const password = "kata-sandi-bench-123";
      const created = spawnSync(
        process.execPath,
        [
          join(repoRoot, "packages/server/bin/kawal.js"),
          "user",
          "create",
          "--username",
          "bench.dinsos",
          "--name",
          "Bench Dinsos",
          "--role",
          "dinsos",
          "--scope",
          "35.17",
          "--password",
          password,
        ],
        { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" },
      );
      if (created.status !== 0) throw new Error(created.stderr);
      const port = await freePort();
      const server = await startServer({ DATABASE_URL: url, KAWAL_REQUESTS_PER_MINUTE: "100000000" }, port);
      try {
        const base = `http://127.0.0.1:${port}`;
        const session = await loginSession(base, "bench.dinsos", password);
        const headers = { cookie: session.cookie, "x-csrf-token": session.csrfToken };
        const niks = await sampleNiks(file, 2_000);
        const names = nameQueries();
        for (let run = 1; run <= runs; run++) {
          const nik = await postLoad({
            url: `${base}/api/registry/search`,
            headers,
            bodies: niks.map((q) => JSON.stringify({ q })),
            connections: CONNECTIONS,
            seconds: SECONDS,
          });
          const name = await postLoad({
            url: `${base}/api/registry/search`,
            headers,
            bodies: names.map((q) => JSON.stringify({ q })),
            connections: CONNECTIONS,
            seconds: SECONDS,
          });
          if (nik.errors + name.errors > 0) throw new Error(`${nik.errors + name.errors} failed requests`);
          nikP95.values.push(nik.p95);
          nameP95.values.push(name.p95);
          nikRps.values.push(nik.requestsPerSecond);
          nameRps.values.push(name.requestsPerSecond);
          nikFloor.values.push(await bareSql(url, niks, "35.17"));
          nameFloor.values.push(await bareSql(url, names, "35.17"));
          log(
            `run ${run}: NIK p95 ${nik.p95.toFixed(1)} ms (${Math.round(nik.requestsPerSecond)}/s), name p95 ${name.p95.toFixed(1)} ms (${Math.round(name.requestsPerSecond)}/s)`,
          );
        }
      } finally {
        await server.stop();
      }
    } finally {
      dropBenchDatabase(url);
    }
    return { measurements: [nikP95, nikFloor, nikRps, nameP95, nameFloor, nameRps], skipped: [] };
  },
};
