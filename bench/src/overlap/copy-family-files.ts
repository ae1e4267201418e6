import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { loadWilayah, openDatabase, type TDatabase } from "@kawal/server/bench";
import { createDatabase, dropDatabase } from "../entitlement/bench-psql.ts";
import { anggotaColumns, keluargaColumns, type TFamilyFiles } from "../entitlement/family-files.ts";

/** A CSV file as chunks of whole lines, for `copyIn`, so a large file never sits in memory whole. */
export async function* csvChunks(path: string, skipHeader = false): AsyncGenerator<string> {
  let lines: string[] = [];
  let first = true;
  for await (const line of createInterface({
    input: createReadStream(path),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    if (first && skipHeader) {
      first = false;
      continue;
    }
    first = false;
    lines.push(line);
    if (lines.length >= 5_000) {
      yield `${lines.join("\n")}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join("\n")}\n`;
}

/**
 * Set-up, not measured: the wilayah, then the families and members by COPY through the database's own
 * bulk path (the same on PostgreSQL and PGlite), in one transaction. Returns the seconds it took.
 */
export async function copyFamilyFiles(database: TDatabase, files: TFamilyFiles): Promise<number> {
  const started = performance.now();
  await loadWilayah(database);
  await database.bulk(async (session) => {
    await session.copyIn(
      `COPY keluarga (${keluargaColumns.join(", ")}) FROM STDIN WITH (FORMAT csv)`,
      csvChunks(files.keluarga),
    );
    await session.copyIn(
      `COPY anggota (${anggotaColumns.join(", ")}) FROM STDIN WITH (FORMAT csv)`,
      csvChunks(files.anggota),
    );
  });
  return (performance.now() - started) / 1000;
}

/**
 * Planner statistics, so every run sees the same plans (PGlite has no autovacuum to make them). As
 * the owner: the application role may not analyse the tables.
 */
export async function analyze(database: TDatabase): Promise<void> {
  await database.execAsOwner("ANALYZE");
}

/** A new database on the benchmark's PostgreSQL server, migrated; `drop` removes it. */
export async function openServerDatabase(): Promise<{ database: TDatabase; drop(): void }> {
  const url = createDatabase();
  try {
    return {
      database: await openDatabase({ databaseUrl: url, dataDir: null }),
      drop: () => dropDatabase(url),
    };
  } catch (error) {
    dropDatabase(url);
    throw error;
  }
}
