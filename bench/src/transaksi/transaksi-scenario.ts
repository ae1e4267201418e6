import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, sql, type TDatabase } from "@kawal/server/bench";
import { csvChunks } from "../overlap/copy-family-files.ts";
import { measurement, type TScenario } from "../scenario.ts";
import {
  bareCopySeconds,
  createBenchDatabase,
  dropBenchDatabase,
  postgresUnavailable,
} from "../startup/bench-postgres.ts";
import { seedTransaksi } from "./seed-transaksi.ts";
import { transaksiFixture, transaksiHeader } from "./transaksi-files.ts";
import { runTransaksiImport } from "./transaksi-process.ts";

const floorColumns = transaksiHeader
  .split(",")
  .map((c) => `${c} text`)
  .join(", ");

/** The floor on PostgreSQL: psql's `\copy` of the same file into an unindexed table of text columns. */
function bareCopyPostgres(url: string, file: string): number {
  const setup = `DROP TABLE IF EXISTS floor_transaksi; CREATE TABLE floor_transaksi (${floorColumns})`;
  return bareCopySeconds(url, setup, "floor_transaksi", file);
}

/** The floor on PGlite: the same file by COPY through the database's own bulk path, into a temporary table. */
async function bareCopyEmbedded(database: TDatabase, file: string): Promise<number> {
  const started = performance.now();
  await database.bulk(async (session) => {
    await session.db.execute(sql.raw(`CREATE TEMP TABLE floor_transaksi (${floorColumns}) ON COMMIT DROP`));
    await session.copyIn("COPY floor_transaksi FROM STDIN WITH (FORMAT csv)", csvChunks(file, true));
  });
  return (performance.now() - started) / 1000;
}

/** The import must have stored every row: the file has no bad row, and unknown cards are kept. */
function checkStored(result: Record<string, unknown>, rows: number): void {
  const totals = result.totals as { created?: number } | undefined;
  if (result.status !== "done" || totals?.created !== rows) {
    throw new Error(`transaksi import: ${JSON.stringify(result).slice(0, 500)}, expected ${rows} created`);
  }
}

/**
 * `transaksi`: importing one Sembako month's transaction file (docs/formats.md §4; 1.3M rows by default,
 * `--members N` rows) with `kawal import transaksi` as its own process, on PostgreSQL (where the
 * importer must stay under 500 MB) and on PGlite (100,000 rows at most), against a bare COPY of the
 * same file into an unindexed table. Agents, the period and its payment list are set up first.
 */
export const transaksiScenario: TScenario = {
  name: "transaksi",
  description: "impor transaksi / transaction import (PostgreSQL, PGlite vs bare COPY; peak RSS)",
  async run({ runs, members, log }) {
    const size = members ?? 1_300_000;
    const embeddedSize = Math.min(size, 100_000);
    const m = measurement;
    const floor = m("floor", `bare COPY ${size} rows, PostgreSQL`, "s");
    const kawal = m("import", `Kawal import ${size} rows, PostgreSQL`, "s");
    const rate = m("rate", "Kawal import rows per second, PostgreSQL", "/s");
    const ratio = m("ratio", "Kawal / bare COPY, PostgreSQL", "x");
    const peak = m("peak", "importer peak RSS, PostgreSQL", "MB", 500);
    const embeddedFloor = m("pglite-floor", `bare COPY ${embeddedSize} rows, PGlite`, "s");
    const embedded = m("pglite", `Kawal import ${embeddedSize} rows, PGlite`, "s");
    const embeddedRate = m("pglite-rate", "Kawal import rows per second, PGlite", "/s");
    const embeddedPeak = m("pglite-peak", "importer peak RSS, PGlite", "MB");
    const skipped: string[] = [];

    const unavailable = postgresUnavailable();
    if (unavailable) skipped.push(`PostgreSQL: ${unavailable}`);
    else {
      log(`menyiapkan berkas / preparing a file of ${size} transactions`);
      const fixture = await transaksiFixture(size);
      for (let run = 1; run <= runs; run++) {
        const url = createBenchDatabase();
        try {
          const database = await openDatabase({ databaseUrl: url, dataDir: null });
          try {
            await seedTransaksi(database, fixture);
            await database.execAsOwner("ANALYZE");
          } finally {
            await database.close();
          }
          floor.values.push(bareCopyPostgres(url, fixture.file));
          const imported = await runTransaksiImport(fixture.file, { DATABASE_URL: url });
          checkStored(imported.result, size);
          kawal.values.push(imported.seconds);
          rate.values.push(size / imported.seconds);
          ratio.values.push(imported.seconds / (floor.values.at(-1) ?? 1));
          peak.values.push(imported.peakMegabytes);
          log(
            `PostgreSQL run ${run}: COPY ${floor.values.at(-1)?.toFixed(2)} s, import ${imported.seconds.toFixed(2)} s (${Math.round(size / imported.seconds)} rows/s), peak ${Math.round(imported.peakMegabytes)} MB`,
          );
        } finally {
          dropBenchDatabase(url);
        }
      }
    }

    const embeddedFixture = await transaksiFixture(embeddedSize);
    for (let run = 1; run <= runs; run++) {
      const dir = mkdtempSync(join(tmpdir(), "kawal-bench-transaksi-"));
      try {
        const database = await openDatabase({ dataDir: dir });
        try {
          await seedTransaksi(database, embeddedFixture);
          await database.execAsOwner("ANALYZE");
          embeddedFloor.values.push(await bareCopyEmbedded(database, embeddedFixture.file));
        } finally {
          await database.close();
        }
        const imported = await runTransaksiImport(embeddedFixture.file, { KAWAL_DATA: dir });
        checkStored(imported.result, embeddedSize);
        embedded.values.push(imported.seconds);
        embeddedRate.values.push(embeddedSize / imported.seconds);
        embeddedPeak.values.push(imported.peakMegabytes);
        log(
          `PGlite run ${run}: COPY ${embeddedFloor.values.at(-1)?.toFixed(2)} s, import ${imported.seconds.toFixed(2)} s, peak ${Math.round(imported.peakMegabytes)} MB`,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    return {
      measurements: [
        floor,
        kawal,
        rate,
        ratio,
        peak,
        embeddedFloor,
        embedded,
        embeddedRate,
        embeddedPeak,
      ].filter((x) => x.values.length > 0),
      skipped,
    };
  },
};
