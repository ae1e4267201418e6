import { openDatabase, type TDatabase } from "@kawal/server/bench";
import { serverUnavailable } from "../entitlement/bench-psql.ts";
import { familyFiles } from "../entitlement/family-files.ts";
import type { TMeasurement, TScenario } from "../scenario.ts";
import { analyze, copyFamilyFiles, openServerDatabase } from "./copy-family-files.ts";
import { measureOverlap } from "./measure-overlap.ts";
import { aidStatements } from "./overlap-sql.ts";

async function loadAid(database: TDatabase): Promise<void> {
  for (const statement of aidStatements) await database.db.execute(statement);
  await analyze(database);
}

/**
 * `overlap`: the aid-overlap view (docs/domain.md, Programmes) on a synthetic kabupaten of 300,000 families
 * (`--families N`) on PostgreSQL, then on PGlite in memory: one desa's two lists, the kabupaten
 * summary and the desa's XLSX export, through the functions the routes call, against the bare SQL
 * giving the same lists and counts.
 */
export const overlapScenario: TScenario = {
  name: "overlap",
  description: "tumpang tindih bantuan / aid overlap (PostgreSQL, PGlite vs bare SQL)",
  async run({ runs, families, log }) {
    const size = families ?? 300_000;
    const measurements: TMeasurement[] = [];
    const skipped: string[] = [];
    const load = (on: string, seconds: number): TMeasurement => ({
      key: `${on}-load`,
      label: `${on}: setup, COPY families and members, aid by INSERT … SELECT (not measured work)`,
      unit: "s",
      values: [seconds],
    });
    log(`menyiapkan berkas / preparing ${size} families`);
    const files = await familyFiles(size);
    const unavailable = serverUnavailable();
    if (unavailable) skipped.push(`PostgreSQL: ${unavailable}`);
    else {
      const { database, drop } = await openServerDatabase();
      try {
        const started = performance.now();
        await copyFamilyFiles(database, files);
        await loadAid(database);
        const seconds = (performance.now() - started) / 1000;
        log(`PostgreSQL loaded in ${seconds.toFixed(1)} s`);
        measurements.push(
          ...(await measureOverlap(database, "PostgreSQL", runs, log)),
          load("PostgreSQL", seconds),
        );
      } finally {
        await database.close();
        drop();
      }
    }
    const embedded = await openDatabase({ dataDir: null });
    try {
      const started = performance.now();
      await copyFamilyFiles(embedded, files);
      await loadAid(embedded);
      const seconds = (performance.now() - started) / 1000;
      log(`PGlite loaded in ${seconds.toFixed(1)} s`);
      measurements.push(...(await measureOverlap(embedded, "PGlite", runs, log)), load("PGlite", seconds));
    } finally {
      await embedded.close();
    }
    return { measurements, skipped };
  },
};
