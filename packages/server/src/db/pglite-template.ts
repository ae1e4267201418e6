import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { serverPackageFolder } from "../package-folder.ts";
import { migrationsFolder } from "./migrations-folder.ts";

/**
 * A new embedded database starts as a copy of a migrated empty one. PGlite runs PostgreSQL's initdb inside
 * WASM, which takes about 10 s of CPU; restoring a dump of a database that initdb, the migrations and the
 * grants already made takes about a quarter of that. The first new database of a build makes the copy
 * (git-ignored, beside the build); every later one, and every test database, starts from it. Its name
 * holds a hash of what made it (PGlite's version, the migrations, the grants), so a changed migration
 * never meets an old copy; the migrations still run on open, and find nothing to do.
 */
const templateFolder = join(serverPackageFolder, "dist/pglite-template");

function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const manifest = join(dirname(dirname(entry)), "package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

/** The template's name for this PGlite, these migrations (the journal and the SQL) and these grants. */
export function templateName(grants: string): string {
  const hash = createHash("sha256").update(pgliteVersion()).update(grants);
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
 * Keeps a dump of `client` (just migrated and granted, nothing else) as the template, in place of any
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
