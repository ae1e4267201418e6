import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const webDir = join(repoRoot, "packages/web");

/** The server serves `packages/web/dist`; build it when `npm test` has not already. */
export function ensureWebBuild(): void {
  if (existsSync(join(webDir, "dist/index.html"))) return;
  execFileSync("npx", ["vite", "build"], { cwd: webDir, stdio: "pipe" });
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
