import { fileURLToPath } from "node:url";

/** The repository's root folder, wherever the benchmark is started from. */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** Results as JSON, one file per scenario (git-ignored). */
export const outDir = fileURLToPath(new URL("../out/", import.meta.url));
