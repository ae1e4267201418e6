import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importPeserta, sql, systemActor, type TDatabase } from "@kawal/server/bench";
import { csvChunks } from "../overlap/copy-family-files.ts";
import { pesertaHeader, type TPesertaFiles } from "./peserta-files.ts";

export const importKinds = ["baru", "ulang", "tangguh"] as const;
export type TImportKind = (typeof importKinds)[number];

export interface TImportTimes {
  kawal: number;
  floor: number;
}

/**
 * The floor: the same file by COPY, through the same connection, into an unindexed table of text
 * columns, in one transaction; the file is read by the same process, as the importer reads it.
 */
async function bareCopySeconds(database: TDatabase, file: string): Promise<number> {
  const columns = pesertaHeader
    .split(",")
    .map((c) => `${c} text`)
    .join(", ");
  const started = performance.now();
  await database.bulk(async (session) => {
    // Temporary, as the importer's staging table is (the application role creates no tables).
    await session.db.execute(sql.raw(`CREATE TEMP TABLE floor_peserta (${columns}) ON COMMIT DROP`));
    await session.copyIn("COPY floor_peserta FROM STDIN WITH (FORMAT csv)", csvChunks(file, true));
  });
  return (performance.now() - started) / 1000;
}

/**
 * On a database holding the registry and no enrolment: a new file, the same file again (nothing
 * changes), then a file suspending every third Sembako enrolment, each through `importPeserta` (what
 * the route and `kawal import peserta` run) and as a bare COPY. Checks what each import changed.
 */
export async function measurePeserta(
  database: TDatabase,
  files: TPesertaFiles,
): Promise<Record<TImportKind, TImportTimes>> {
  const dir = mkdtempSync(join(tmpdir(), "kawal-bench-peserta-"));
  const expected: Record<TImportKind, { created: number; transitioned: number }> = {
    baru: { created: files.rows.baru, transitioned: 0 },
    ulang: { created: 0, transitioned: 0 },
    tangguh: { created: 0, transitioned: Math.ceil(files.families / 3) },
  };
  const times = {} as Record<TImportKind, TImportTimes>;
  try {
    for (const kind of importKinds) {
      const file = kind === "tangguh" ? files.tangguh : files.baru;
      const floor = await bareCopySeconds(database, file);
      const started = performance.now();
      const result = await importPeserta(database, systemActor, {
        path: file,
        partial: false,
        language: "id",
        rejectedPath: join(dir, `${kind}.ditolak.csv`),
      });
      const kawal = (performance.now() - started) / 1000;
      const changed = result.changes.reduce(
        (s, c) => ({ created: s.created + c.created, transitioned: s.transitioned + c.transitioned }),
        { created: 0, transitioned: 0 },
      );
      if (
        result.status !== "done" ||
        changed.created !== expected[kind].created ||
        changed.transitioned !== expected[kind].transitioned
      ) {
        throw new Error(
          `peserta ${kind}: ${result.status}, ${result.rejected} rejected, changed ${JSON.stringify(changed)}, expected ${JSON.stringify(expected[kind])}`,
        );
      }
      times[kind] = { kawal, floor };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return times;
}
