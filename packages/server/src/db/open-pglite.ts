import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { loadWilayah } from "../wilayah/load-wilayah.ts";
import type { TDatabase, TDb } from "./database.ts";
import { APP_ROLE, grantStatements } from "./grants.ts";
import { migrationsFolder } from "./migrations-folder.ts";
import {
  copyTemplateFolder,
  readTemplate,
  saveTemplate,
  saveTemplateFolder,
  templateName,
} from "./pglite-template.ts";
import * as schema from "./schema.ts";

const BLOB_BYTES = 16 * 1024 * 1024;

async function* blobs(source: string | AsyncIterable<string>): AsyncGenerator<Blob> {
  if (typeof source === "string") {
    yield new Blob([source]);
    return;
  }
  let parts: string[] = [];
  let size = 0;
  for await (const chunk of source) {
    parts.push(chunk);
    size += chunk.length;
    if (size >= BLOB_BYTES) {
      yield new Blob(parts);
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) yield new Blob(parts);
}

/** Opens (creating if needed) the embedded database in `dataDir`, or in memory when it is null. */
export async function openPglite(dataDir: string | null): Promise<TDatabase> {
  let dir: string | undefined;
  if (dataDir) {
    dir = join(dataDir, "pglite");
    mkdirSync(dir, { recursive: true });
  }
  // A database folder holds PG_VERSION once initdb has run; without it (or in memory) the database is new.
  const isNew = dir === undefined || !existsSync(join(dir, "PG_VERSION"));
  const grants = grantStatements({ embedded: true });
  const template = isNew ? templateName(grants) : undefined;
  const copied =
    dir !== undefined && template !== undefined && (await copyFromTemplate(template, dir, grants));
  return openClient(dir, copied ? undefined : template, grants, isNew);
}

/**
 * Makes a new database on disk a copy of the template's folder form, making that form first (from the
 * dump, or from nothing) when this build has none yet. False when no copy could be made.
 */
async function copyFromTemplate(template: string, dir: string, grants: string): Promise<boolean> {
  if (copyTemplateFolder(template, dir)) return true;
  await saveTemplateFolder(template, async (folder) => {
    const made = await openClient(folder, template, grants, true);
    await made.close();
  });
  return copyTemplateFolder(template, dir);
}

/**
 * Opens PGlite in `dir` (in memory when undefined), migrates and grants. With `template`, the database is
 * new: it is restored from the template's dump, or, when this build has none, made from nothing (initdb,
 * the migrations, the regions) and dumped as the template.
 */
async function openClient(
  dir: string | undefined,
  template: string | undefined,
  grants: string,
  createdWithRegions: boolean,
): Promise<TDatabase> {
  const loadDataDir = template === undefined ? undefined : readTemplate(template);
  const client = await PGlite.create({
    ...(dir ? { dataDir: dir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    extensions: { pg_trgm },
  });
  const db = drizzle(client, { schema }) as unknown as TDb;
  await migrate(drizzle(client), { migrationsFolder });
  await client.exec(grants);
  await client.exec(`SET ROLE ${APP_ROLE}`);
  const database: TDatabase = {
    kind: "pglite",
    db,
    createdWithRegions,
    concurrentSessions: false,
    async bulk(work) {
      return client.transaction(async (tx) => {
        const session = drizzle(tx as unknown as PGlite, { schema }) as unknown as TDb;
        return work({
          db: session,
          async copyIn(copySql, source) {
            // PGlite reads COPY input from a virtual file, so the stream goes in as bounded blobs.
            const statement = copySql.replace(/FROM\s+STDIN/i, "FROM '/dev/blob'");
            for await (const blob of blobs(source)) await tx.query(statement, [], { blob });
          },
        });
      });
    },
    async execAsOwner(statements) {
      try {
        await client.exec(`SET ROLE NONE; ${statements}`);
      } finally {
        // Back to the app role even when the statements fail: the one connection is shared.
        await client.exec(`SET ROLE ${APP_ROLE}`);
      }
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
  if (template !== undefined && !loadDataDir) {
    // The regions are the same in every database, and loading them costs about 4 s of CPU: the
    // template keeps them, so a new database restored from it arrives with them.
    await loadWilayah(database);
    await saveTemplate(client, template);
  }
  return database;
}
