import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const webDir = join(repoRoot, "packages/web");

/**
 * The server serves `packages/web/dist`; build it when it is missing or older than the sources (the
 * same check `npm test` makes first), so running these tests alone never drives a stale app.
 */
export function ensureWebBuild(): void {
  const script = join(repoRoot, "scripts/ensure-web-build.js");
  if (!existsSync(script)) {
    if (!existsSync(join(webDir, "dist/index.html"))) {
      execFileSync("npx", ["vite", "build"], { cwd: webDir, stdio: "pipe" });
    }
    return;
  }
  // Browser test files run in parallel forks: one builds while the others wait, then find it fresh.
  const lock = join(
    tmpdir(),
    `kawal-web-build-${createHash("sha1").update(repoRoot).digest("hex").slice(0, 12)}`,
  );
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // A lock left by a killed run is older than any build takes.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      const stale = Date.now() - since > 300_000;
      if (stale || Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    execFileSync(process.execPath, [script], { cwd: repoRoot, stdio: "pipe" });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface TRunningServer {
  baseUrl: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts `kawal serve` the way a user would, on an empty embedded database in a fresh folder (so the
 * first start loads all wilayah and the demo), and waits until it answers its health check.
 */
export async function startServer(timeoutMs = 60_000): Promise<TRunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "kawal-e2e-"));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KAWAL_DATA: dataDir,
    PORT: String(port),
    HOST: "127.0.0.1",
  };
  delete env.DATABASE_URL;
  let log = "";
  const child: ChildProcess = spawn(
    process.execPath,
    [join(repoRoot, "packages/server/bin/kawal.js"), "serve"],
    {
      cwd: repoRoot,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const healthy = await fetch(`${baseUrl}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) return { baseUrl, output: () => log, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`kawal serve did not become healthy within ${timeoutMs} ms:\n${log}`);
}
