import { fileURLToPath } from "node:url";

/**
 * The server package's folder (packages/server). This module sits one folder below it, in src/ as in the
 * build (dist/kawal.js, where every source is bundled into one module), so the same relative step finds
 * the package from both; files the server reads at run time (migrations, the web build) are named from it.
 */
export const serverPackageFolder = fileURLToPath(new URL("../", import.meta.url));
