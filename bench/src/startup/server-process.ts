import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { repoRoot } from "../paths.ts";

/** What `kawal serve --json` prints as its last stdout line once it listens. */
export interface TServeReport {
  url: string;
  database: "pglite" | "postgres";
  startSeconds: number;
  demo: boolean;
}

export interface TRunningServer {
  pid: number;
  /** Wall time from spawn until `GET /api/health` answered 200. */
  readySeconds: number;
  /** CPU time (user and system) the server had used by then, when /proc tells; less swayed by a busy machine. */
  readyCpuSeconds: number | undefined;
  /** The server's own JSON line, once printed. */
  report(): TServeReport;
  /** SIGTERM, then SIGKILL if it has not exited in 15 s. */
  stop(): Promise<void>;
}

const bin = join(repoRoot, "packages/server/bin/kawal.js");

/**
 * Spawns the real `kawal serve --json` with `env` on top of a clean environment (no inherited
 * DATABASE_URL, KAWAL_DATA or PORT) and resolves once its health check answers.
 */
export async function startServer(
  env: Record<string, string>,
  port: number,
  timeoutMs = 180_000,
): Promise<TRunningServer> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["DATABASE_URL", "KAWAL_DATA", "PORT", "HOST"]) delete childEnv[name];
  Object.assign(childEnv, env, { PORT: String(port), HOST: "127.0.0.1" });

  const started = performance.now();
  const child = spawn(process.execPath, [bin, "serve", "--json"], {
    cwd: repoRoot,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const fail = (why: string) =>
    new Error(`${why}\n--- server stderr (last lines) ---\n${stderr.split("\n").slice(-20).join("\n")}`);

  let readySeconds: number | undefined;
  while (readySeconds === undefined) {
    if (child.exitCode !== null || child.signalCode !== null) throw fail("server exited before it was ready");
    if (performance.now() - started > timeoutMs) {
      await stopChild(child, exited);
      throw fail(`server not ready after ${timeoutMs / 1000} s`);
    }
    if (await healthy(port)) readySeconds = (performance.now() - started) / 1000;
    else await sleep(25);
  }
  const pid = child.pid;
  if (pid === undefined) throw fail("server has no process id");
  const readyCpuSeconds = cpuSeconds(pid);

  return {
    pid,
    readySeconds,
    readyCpuSeconds,
    report() {
      const last = stdout.trim().split("\n").at(-1) ?? "";
      try {
        return JSON.parse(last) as TServeReport;
      } catch {
        throw fail(`no JSON result line on stdout (got: ${last.slice(0, 200)})`);
      }
    },
    stop: () => stopChild(child, exited),
  };
}

async function healthy(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`, {
      signal: AbortSignal.timeout(2_000),
    });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const code = await Promise.race([exited, sleep(15_000).then(() => "timeout" as const)]);
  if (code === "timeout") {
    child.kill("SIGKILL");
    await exited;
  }
}

/** Resident memory of a process in MB, from /proc (Linux); undefined where /proc is not there. */
export function residentMegabytes(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

/** CPU time (user and system) of a process in seconds, from /proc (Linux); undefined elsewhere. */
export function cpuSeconds(pid: number): number | undefined {
  try {
    // The fields after the command's name (which may hold spaces) start at its closing parenthesis.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    // Linux reports in clock ticks of 1/100 s (USER_HZ) on every common platform.
    return Number.isFinite(ticks) ? ticks / 100 : undefined;
  } catch {
    return undefined;
  }
}
