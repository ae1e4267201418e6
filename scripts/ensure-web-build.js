#!/usr/bin/env node
// Builds the web app only when its output is missing or older than its sources, so `npm start` and
// `npm test` stay fast after the first run. Plain Node, no dependencies: it runs before anything else.
import { spawnSync } from "node:child_process";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { builtAt, newestOf } from "./newest-source.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const output = join(root, "packages/web/dist/index.html");
// Everything the bundle is made from. Tests beside the code are not part of it.
const sources = [
  "packages/web/src",
  "packages/web/index.html",
  "packages/web/vite.config.ts",
  "packages/web/postcss.config.cjs",
  "packages/core/src",
].map((p) => join(root, p));

const built = builtAt(output);
const source = newestOf(sources);

if (built !== null && built >= source.mtimeMs) {
  console.log("web: build up to date, skipped (packages/web/dist)");
} else {
  const reason =
    built === null ? "no build yet" : `${relative(root, source.file ?? "")} changed since the last build`;
  const started = Date.now();
  // Vite's own output is kept back unless the build fails, so a start prints one line for this step.
  const result = spawnSync("npm", ["run", "build", "--workspace=@kawal/web"], {
    cwd: root,
    encoding: "utf8",
    shell: process.platform === "win32",
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    if (result.error) process.stderr.write(`${result.error.message}\n`);
    console.error(`web: build FAILED (${reason})`);
    process.exit(result.status ?? 1);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`web: built packages/web/dist in ${seconds} s (${reason})`);
}
