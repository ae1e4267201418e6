// The freshness check the build scripts share: a build is stale when a file it is made from is newer
// than its output. Plain Node, no dependencies: it runs before anything is installed or built.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * The newest modification time under `path` (a file or a folder), and the file that has it. Tests beside
 * the code are not part of any build.
 */
export function newest(path) {
  let best = { mtimeMs: 0, file: null };
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return best;
  }
  if (stat.isFile()) return /\.test\.tsx?$/.test(path) ? best : { mtimeMs: stat.mtimeMs, file: path };
  if (!stat.isDirectory()) return best;
  for (const entry of readdirSync(path)) {
    const found = newest(join(path, entry));
    if (found.mtimeMs > best.mtimeMs) best = found;
  }
  return best;
}

/** The newest of several paths. */
export function newestOf(paths) {
  return paths.map(newest).reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a));
}

/** When `output` was last written, or null when it is missing. */
export function builtAt(output) {
  try {
    return statSync(output).mtimeMs;
  } catch {
    return null;
  }
}
