import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { serverPackageFolder } from "../package-folder.ts";
import { migrationsFolder } from "./migrations-folder.ts";

/**
 * A new embedded database starts as a copy of a migrated one that holds the regions. PGlite runs
 * PostgreSQL's initdb inside WASM, which takes about 10 s of CPU, and loading the regions about 4 s more;
 * restoring a dump of a database that initdb, the migrations, the grants and the regions' load already
 * made takes about a quarter of that. The first new database of a build makes the copy (git-ignored,
 * beside the build); every later one, and every test database, starts from it. Its name holds a hash of
 * what made it (PGlite's version, the migrations, the grants, the regions' package), so a changed
 * migration never meets an old copy; the migrations still run on open, and find nothing to do.
 */
const templateFolder = join(serverPackageFolder, "dist/pglite-template");

function installedVersion(manifest: string): string {
  const path = createRequire(import.meta.url).resolve(manifest);
  return (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version;
}

function pgliteVersion(): string {
  // PGlite's exports do not include its package.json: it is found beside the entry's folder.
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  return installedVersion(join(dirname(dirname(entry)), "package.json"));
}

/**
 * The template's name for this PGlite, these migrations (the journal and the SQL), these grants and
 * these regions (the version of the package they are read from).
 */
export function templateName(grants: string): string {
  const hash = createHash("sha256")
    .update(pgliteVersion())
    .update(grants)
    .update(`wilayah ${installedVersion("idn-area-data/package.json")}`);
  const journal = join(migrationsFolder, "meta/_journal.json");
  hash.update(readFileSync(journal));
  for (const file of readdirSync(migrationsFolder)
    .filter((f) => f.endsWith(".sql"))
    .sort())
    hash.update(file).update(readFileSync(join(migrationsFolder, file)));
  return `${hash.digest("hex").slice(0, 16)}.tar`;
}

/** The template, or undefined when this build has none yet. */
export function readTemplate(name: string): Blob | undefined {
  try {
    return new Blob([readFileSync(join(templateFolder, name))]);
  } catch {
    return undefined;
  }
}

/**
 * Keeps a dump of `client` (just migrated and granted, with the regions loaded, nothing else) as the template, in place of any
 * older one. Written beside and renamed, so a database opening meanwhile reads a whole file or none. A
 * template that cannot be written (a read-only install) only means the next new database runs initdb.
 */
export async function saveTemplate(client: PGlite, name: string): Promise<void> {
  try {
    const dump = await client.dumpDataDir("none");
    mkdirSync(templateFolder, { recursive: true });
    const partial = join(templateFolder, `${name}.${process.pid}.partial`);
    writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
    renameSync(partial, join(templateFolder, name));
    for (const old of readdirSync(templateFolder))
      if (old !== name && !old.endsWith(".partial")) rmSync(join(templateFolder, old), { force: true });
  } catch {
    // The database itself is open and fine; only the shortcut for the next one is missing.
  }
}
