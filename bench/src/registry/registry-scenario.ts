import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { anggotaHeader } from "@kawal/server/bench";
import { measurement, type TScenario } from "../scenario.ts";
import {
  bareCopySeconds,
  createBenchDatabase,
  dropBenchDatabase,
  postgresUnavailable,
} from "../startup/bench-postgres.ts";
import { anggotaFile } from "./anggota-file.ts";
import { runImport } from "./import-process.ts";

/** The floor table has the file's own columns, all text. */
const floorColumns = anggotaHeader;

/**
 * The floor: psql's `\copy` of the same file into an unindexed table of text columns. With `indexed`,
 * the table carries the same kinds of index as `anggota` (a unique key, the family, the NIK, the birth
 * date and the name trigrams), which shows what index upkeep alone costs.
 */
function bareCopyAnggota(url: string, file: string, indexed = false): number {
  const indexes = indexed
    ? `; CREATE UNIQUE INDEX ON floor_anggota (kode_desa, nik); CREATE INDEX ON floor_anggota (kode_desa, no_kk);
       CREATE INDEX ON floor_anggota (nik); CREATE INDEX ON floor_anggota (kode_desa, tanggal_lahir);
       CREATE INDEX ON floor_anggota USING gin (lower(nama) gin_trgm_ops)`
    : "";
  const create = `CREATE EXTENSION IF NOT EXISTS pg_trgm; DROP TABLE IF EXISTS floor_anggota;
    CREATE TABLE floor_anggota (${floorColumns.map((c) => `${c} text`).join(", ")})${indexes}`;
  return bareCopySeconds(url, create, "floor_anggota", file);
}

/**
 * `registry`: importing an `anggota` file (1M members by default, `--members N`) into PostgreSQL
 * against the bare-COPY floor, the importer's peak memory, a re-import of the same file (nothing
 * changes), and the same file into the embedded database.
 */
export const registryScenario: TScenario = {
  name: "registry",
  description: "impor anggota / anggota import (PostgreSQL vs bare COPY; PGlite)",
  async run({ runs, members, log }) {
    const size = members ?? 1_000_000;
    log(`menyiapkan berkas / preparing a file of ${size} members`);
    const file = await anggotaFile(size);
    const m = measurement;
    const floor = m("floor", "bare COPY, PostgreSQL", "s");
    const kawal = m(
      "import",
      `Kawal import ${size} members, PostgreSQL`,
      "s",
      size >= 1_000_000 ? 120 : undefined,
    );
    const ratio = m("ratio", "Kawal / bare COPY", "x", 3);
    const floorIndexed = m("floor-indexed", "bare COPY into a table indexed like anggota", "s");
    const peak = m("peak", "importer peak RSS, PostgreSQL", "MB", 500);
    const again = m("reimport", "re-import of the same file (no change)", "s");
    const embedded = m("pglite", `Kawal import ${size} members, PGlite`, "s");
    const skipped: string[] = [];
    const unavailable = postgresUnavailable();
    if (unavailable) skipped.push(`PostgreSQL: ${unavailable}`);
    for (let run = 1; run <= runs && !unavailable; run++) {
      const url = createBenchDatabase();
      try {
        floorIndexed.values.push(bareCopyAnggota(url, file, true));
        floor.values.push(bareCopyAnggota(url, file));
        const first = await runImport(file, { DATABASE_URL: url });
        if (first.exitCode !== 0)
          throw new Error(`import exited ${first.exitCode}: ${JSON.stringify(first.result)}`);
        kawal.values.push(first.seconds);
        peak.values.push(first.peakMegabytes);
        ratio.values.push(first.seconds / (floor.values.at(-1) ?? 1));
        const second = await runImport(file, { DATABASE_URL: url });
        again.values.push(second.seconds);
        log(
          `run ${run}: floor ${floor.values.at(-1)?.toFixed(2)} s, import ${first.seconds.toFixed(2)} s, peak ${Math.round(first.peakMegabytes)} MB, re-import ${second.seconds.toFixed(2)} s`,
        );
      } finally {
        dropBenchDatabase(url);
      }
    }
    // One embedded run: PGlite is slower and the target there is only that it completes.
    const dir = mkdtempSync(join(tmpdir(), "kawal-bench-pglite-"));
    try {
      const result = await runImport(file, { KAWAL_DATA: dir });
      if (result.exitCode !== 0) throw new Error(`PGlite import exited ${result.exitCode}`);
      embedded.values.push(result.seconds);
      log(`PGlite: ${result.seconds.toFixed(2)} s, peak ${Math.round(result.peakMegabytes)} MB`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return {
      measurements: [floor, floorIndexed, kawal, ratio, peak, again, embedded].filter(
        (x) => x.values.length > 0,
      ),
      skipped,
    };
  },
};
