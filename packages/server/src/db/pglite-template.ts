import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
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
 *
 * The template has two forms: the dump (`<name>.tar`), which PGlite restores into a database in memory
 * (every test database), and a closed database folder (`<name>/`), which a new database on disk copies
 * file by file. Restoring the dump writes its ~120 MB through PGlite's WASM file system, about 3 s of CPU;
 * copying the folder takes a tenth of that.
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
    removeOlderTemplates(name);
  } catch {
    // The database itself is open and fine; only the shortcut for the next one is missing.
  }
}

/** The folder form of the template `name`. */
function folderOf(name: string): string {
  return join(templateFolder, name.replace(/\.tar$/, ""));
}

function removeOlderTemplates(name: string): void {
  const keep = [name, name.replace(/\.tar$/, "")];
  for (const old of readdirSync(templateFolder))
    if (!keep.includes(old) && !old.endsWith(".partial"))
      rmSync(join(templateFolder, old), { recursive: true, force: true });
}

/**
 * Makes `dir` (a new, empty database folder) a copy of the template's folder form; false when this build
 * has none. Copied beside and renamed, so a start interrupted meanwhile leaves no half database.
 */
export function copyTemplateFolder(name: string, dir: string): boolean {
  const source = folderOf(name);
  if (!existsSync(join(source, "PG_VERSION"))) return false;
  const partial = `${dir}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(source, partial, { recursive: true });
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  return true;
}

/**
 * Makes the template's folder form: `build` creates the database in the folder it is given and closes
 * it. Made beside and renamed, so a start copying meanwhile reads a whole folder or none; when another
 * process renamed its own first, ours is dropped. A folder that cannot be made (a read-only install)
 * only means new databases restore the dump.
 */
export async function saveTemplateFolder(name: string, build: (dir: string) => Promise<void>): Promise<void> {
  const partial = `${folderOf(name)}.${process.pid}.partial`;
  try {
    mkdirSync(partial, { recursive: true });
    await build(partial);
    renameSync(partial, folderOf(name));
    removeOlderTemplates(name);
  } catch {
    rmSync(partial, { recursive: true, force: true });
  }
}
