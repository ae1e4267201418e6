import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../paths.ts";

/** VmRSS of a live process in MB, or undefined once it is gone. */
function rssMegabytes(pid: number): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

export interface TTransaksiRun {
  seconds: number;
  peakMegabytes: number;
  result: Record<string, unknown>;
}

/** Runs `kawal import transaksi FILE --json` as its own process, timing it and sampling its memory. */
export async function runTransaksiImport(file: string, env: Record<string, string>): Promise<TTransaksiRun> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [join(repoRoot, "packages/server/bin/kawal.js"), "import", "transaksi", file, "--json"],
    { env: { ...process.env, DATABASE_URL: "", KAWAL_DATA: "", ...env }, stdio: ["ignore", "pipe", "pipe"] },
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
  let result: Record<string, unknown>;
  try {
    result = JSON.parse(stdout.trim().split("\n").at(-1) ?? "") as Record<string, unknown>;
  } catch {
    throw new Error(`import printed no JSON (exit ${exitCode}): ${stderr.slice(-2000)}`);
  }
  if (exitCode !== 0) throw new Error(`import exited ${exitCode}: ${JSON.stringify(result).slice(0, 2000)}`);
  return { seconds, peakMegabytes: peak, result };
}
