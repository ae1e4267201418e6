import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "../free-port.ts";
import { repoRoot } from "../paths.ts";
import type { TMeasurement, TScenario, TScenarioOptions } from "../scenario.ts";
import { createBenchDatabase, dropBenchDatabase, postgresUnavailable } from "./bench-postgres.ts";
import { residentMegabytes, startServer } from "./server-process.ts";

/** How long the server rests after it is ready before its memory is read. */
const REST_MS = 3_000;
/** Long enough for a first start on a machine busy with other work, where the CPU figure still tells. */
const READY_TIMEOUT_MS = 600_000;

interface TStore {
  env: Record<string, string>;
  cleanup(): void;
}

interface TTarget {
  key: "embedded" | "postgres";
  label: string;
  database: "pglite" | "postgres";
  /** A fresh, empty store for one run. */
  open(): TStore;
  targets: { first: number; later: number; rss: number };
}

const embedded: TTarget = {
  key: "embedded",
  label: "embedded",
  database: "pglite",
  open() {
    const dir = mkdtempSync(join(tmpdir(), "kawal-bench-"));
    return { env: { KAWAL_DATA: dir }, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  },
  targets: { first: 8, later: 2, rss: 700 },
};

const postgres: TTarget = {
  key: "postgres",
  label: "PostgreSQL",
  database: "postgres",
  open() {
    const url = createBenchDatabase();
    return { env: { DATABASE_URL: url }, cleanup: () => dropBenchDatabase(url) };
  },
  targets: { first: 8, later: 2, rss: 250 },
};

interface TOneStart {
  seconds: number;
  /** The server's own count, from its first line of code to listening (so without module loading). */
  inProcessSeconds: number;
  cpuSeconds: number | undefined;
  rss: number | undefined;
}

async function startOnce(target: TTarget, store: TStore): Promise<TOneStart> {
  const server = await startServer(store.env, await freePort(), READY_TIMEOUT_MS);
  try {
    await sleep(REST_MS);
    const rss = residentMegabytes(server.pid);
    const report = server.report();
    if (report.database !== target.database)
      throw new Error(`server reported database ${report.database}, expected ${target.database}`);
    return {
      seconds: server.readySeconds,
      inProcessSeconds: report.startSeconds,
      cpuSeconds: server.readyCpuSeconds,
      rss,
    };
  } finally {
    await server.stop();
  }
}

async function measure(target: TTarget, options: TScenarioOptions): Promise<TMeasurement[]> {
  const first: number[] = [];
  const later: number[] = [];
  const firstInProcess: number[] = [];
  const laterInProcess: number[] = [];
  const firstCpu: number[] = [];
  const laterCpu: number[] = [];
  const rssFirst: number[] = [];
  const rssLater: number[] = [];
  for (let run = 1; run <= options.runs; run++) {
    const store = target.open();
    try {
      const a = await startOnce(target, store);
      const b = await startOnce(target, store);
      first.push(a.seconds);
      later.push(b.seconds);
      firstInProcess.push(a.inProcessSeconds);
      laterInProcess.push(b.inProcessSeconds);
      if (a.cpuSeconds !== undefined) firstCpu.push(a.cpuSeconds);
      if (b.cpuSeconds !== undefined) laterCpu.push(b.cpuSeconds);
      if (a.rss !== undefined) rssFirst.push(a.rss);
      if (b.rss !== undefined) rssLater.push(b.rss);
      const mb = (v: number | undefined) => (v === undefined ? "?" : `${Math.round(v)}`);
      options.log(
        `${target.label} ${run}/${options.runs}: first ${a.seconds.toFixed(2)} s, later ${b.seconds.toFixed(2)} s, CPU ${a.cpuSeconds ?? "?"} / ${b.cpuSeconds ?? "?"} s, RSS ${mb(a.rss)} / ${mb(b.rss)} MB`,
      );
    } finally {
      store.cleanup();
    }
  }
  const { key, label, targets } = target;
  const out: TMeasurement[] = [
    {
      key: `${key}.firstStart`,
      label: `first start, empty ${label}`,
      unit: "s",
      values: first,
      target: targets.first,
    },
    {
      key: `${key}.firstStartInProcess`,
      label: "  of it in the server (startSeconds)",
      unit: "s",
      values: firstInProcess,
    },
    {
      key: `${key}.laterStart`,
      label: `later start, ${label}`,
      unit: "s",
      values: later,
      target: targets.later,
    },
    {
      key: `${key}.laterStartInProcess`,
      label: "  of it in the server (startSeconds)",
      unit: "s",
      values: laterInProcess,
    },
  ];
  // CPU time and RSS come from /proc; elsewhere the rows are left out rather than filled with guesses.
  if (firstCpu.length > 0)
    out.push({
      key: `${key}.firstStartCpu`,
      label: `CPU until ready, first start, ${label}`,
      unit: "s",
      values: firstCpu,
    });
  if (laterCpu.length > 0)
    out.push({
      key: `${key}.laterStartCpu`,
      label: `CPU until ready, later start, ${label}`,
      unit: "s",
      values: laterCpu,
    });
  if (rssFirst.length > 0)
    out.push({
      key: `${key}.rssAfterFirstStart`,
      label: `RSS at rest after first start, ${label}`,
      unit: "MB",
      values: rssFirst,
      target: targets.rss,
    });
  if (rssLater.length > 0)
    out.push({
      key: `${key}.rssAfterLaterStart`,
      label: `RSS at rest after later start, ${label}`,
      unit: "MB",
      values: rssLater,
      target: targets.rss,
    });
  return out;
}

/**
 * Start-up time and memory of the real server: a first start on an empty database (all ~91k wilayah
 * rows by COPY, plus the demo when embedded), a later start on the same data, and RSS at rest.
 */
export const startupScenario: TScenario = {
  name: "startup",
  description: "waktu mulai dan memori server / server start-up time and memory",
  async run(options) {
    // A stale server build is made here, once, so no run measures building it.
    const built = spawnSync(process.execPath, [join(repoRoot, "scripts/ensure-server-build.js")], {
      stdio: "inherit",
    });
    if (built.status !== 0) throw new Error("the server build failed");
    const measurements = await measure(embedded, options);
    const skipped: string[] = [];
    if (measurements.every((m) => m.unit !== "MB")) skipped.push("RSS: /proc/<pid>/status not readable here");
    const unavailable = postgresUnavailable();
    if (unavailable === null) measurements.push(...(await measure(postgres, options)));
    else {
      options.log(`PostgreSQL skipped: ${unavailable}`);
      skipped.push(`PostgreSQL: ${unavailable}`);
    }
    return { measurements, skipped };
  },
};
