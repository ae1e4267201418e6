import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../paths.ts";

/** VmRSS of a live process in MB, or undefined once it is gone. */
function rssMegabytes(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

export interface TImportRun {
  seconds: number;
  peakMegabytes: number;
  exitCode: number | null;
  result: Record<string, unknown> | null;
}

/** Runs `kawal import anggota FILE --json` as its own process, timing it and sampling its memory. */
export function runImport(
  file: string,
  env: Record<string, string>,
  extraArgs: string[] = [],
): Promise<TImportRun> {
  return runKawalImport("anggota", file, env, extraArgs);
}

/** Runs `kawal import KIND FILE --json` as its own process, timing it and sampling its memory. */
export async function runKawalImport(
  kind: string,
  file: string,
  env: Record<string, string>,
  extraArgs: string[] = [],
): Promise<TImportRun> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [join(repoRoot, "packages/server/bin/kawal.js"), "import", kind, file, "--json", ...extraArgs],
    {
      env: { ...process.env, DATABASE_URL: "", KAWAL_DATA: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let peak = 0;
  const sampler = setInterval(() => {
    const rss = child.pid === undefined ? undefined : rssMegabytes(child.pid);
    if (rss !== undefined) peak = Math.max(peak, rss);
  }, 100);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const exitCode = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const last = stdout.trim().split("\n").at(-1) ?? "";
  let result: Record<string, unknown> | null = null;
  try {
    result = JSON.parse(last) as Record<string, unknown>;
  } catch {
    throw new Error(`import printed no JSON (exit ${exitCode}): ${stderr.slice(-2000)}`);
  }
  return { seconds, peakMegabytes: peak, exitCode, result };
}
