import {
  loadWilayah,
  openDatabase,
  reconcilePeriod,
  sql,
  systemActor,
  type TDatabase,
} from "@kawal/server/bench";
import { createDatabase, dropDatabase, psql, serverUnavailable } from "../entitlement/bench-psql.ts";
import { measurement, type TMeasurement, type TScenario } from "../scenario.ts";
import {
  expectedClasses,
  floorColumns,
  floorCounts,
  floorInsert,
  floorScript,
  floorSettings,
  loadStatements,
  PERIOD,
} from "./reconcile-data.ts";

const m = measurement;

/** `kelas=n …` as the floor prints it, from a result's counts. */
function classesOf(r: { tersalur: number; sebagian: number; belum: number; tidakTerdaftar: number }): string {
  return `belum=${r.belum} sebagian=${r.sebagian} tersalur=${r.tersalur} tidak_terdaftar=${r.tidakTerdaftar}`;
}

async function load(database: TDatabase, families: number): Promise<number> {
  const started = performance.now();
  await loadWilayah(database);
  for (const statement of loadStatements(families)) await database.db.execute(statement);
  // Planner statistics as after an import (PGlite has no autovacuum); as the owner.
  await database.execAsOwner("ANALYZE");
  return (performance.now() - started) / 1000;
}

/** Every run starts from no stored result, so each does the same work; the re-run is measured apart. */
async function clearResults(database: TDatabase): Promise<void> {
  await database.execAsOwner("TRUNCATE rekonsiliasi; ANALYZE rekonsiliasi");
}

async function measure(
  database: TDatabase,
  on: string,
  families: number,
  runs: number,
  runFloor: () => Promise<{ seconds: number; classes: string }>,
  log: (message: string) => void,
): Promise<TMeasurement[]> {
  const floor = m(`${on}-floor`, `${on}: bare SQL into an unlogged/temp table`, "s");
  const kawal = m(`${on}-kawal`, `${on}: Kawal reconcilePeriod, ${families} families`, "s", 30);
  const ratio = m(`${on}-ratio`, `${on}: Kawal / bare SQL`, "x", on === "PostgreSQL" ? 2 : undefined);
  const again = m(`${on}-rerun`, `${on}: Kawal again over its own previous result (delete + insert)`, "s");
  const expected = classesOf(expectedClasses(families));
  for (let run = 1; run <= runs; run++) {
    const bare = await runFloor();
    floor.values.push(bare.seconds);
    await clearResults(database);
    const result = await reconcilePeriod(database, systemActor, PERIOD);
    const seconds = result.durationMs / 1000;
    kawal.values.push(seconds);
    ratio.values.push(seconds / bare.seconds);
    const got = classesOf(result);
    if (got !== bare.classes || got !== expected) {
      throw new Error(`Kawal, the floor and the generator disagree: ${got} / ${bare.classes} / ${expected}`);
    }
    log(`${on} run ${run}: floor ${bare.seconds.toFixed(2)} s, Kawal ${seconds.toFixed(2)} s (${got})`);
  }
  const rerun = await reconcilePeriod(database, systemActor, PERIOD);
  again.values.push(rerun.durationMs / 1000);
  log(`${on} re-run over the previous result: ${(rerun.durationMs / 1000).toFixed(2)} s`);
  return [floor, kawal, ratio, again];
}

/**
 * `reconcile`: one Sembako period of a kabupaten, 1,000,000 listed families and about 1.3 transactions
 * each on PostgreSQL (`--families N`), then a tenth of that on PGlite in memory: Kawal's
 * reconciliation (the function the route and the CLI call, as the national operator) against a bare
 * INSERT … SELECT computing the same classes; both must agree with each other and with the generator.
 */
export const reconcileScenario: TScenario = {
  name: "reconcile",
  description: "rekonsiliasi penyaluran / distribution reconciliation (PostgreSQL, PGlite vs bare SQL)",
  async run({ runs, families, log }) {
    const size = families ?? 1_000_000;
    const small = Math.max(1000, Math.round(size / 10));
    const measurements: TMeasurement[] = [];
    const skipped: string[] = [];
    const unavailable = serverUnavailable();
    if (unavailable) skipped.push(`PostgreSQL: ${unavailable}`);
    else {
      const url = createDatabase();
      const database = await openDatabase({ databaseUrl: url, dataDir: null });
      try {
        log(`PostgreSQL: generating ${size} families and their transactions`);
        const seconds = await load(database, size);
        log(`PostgreSQL loaded in ${seconds.toFixed(1)} s`);
        measurements.push(
          ...(await measure(
            database,
            "PostgreSQL",
            size,
            runs,
            async () => {
              const bare = psql(url, floorScript);
              return { seconds: bare.seconds, classes: bare.out.split("\n").at(-1) ?? "" };
            },
            log,
          )),
          {
            key: "PostgreSQL-load",
            label: "PostgreSQL: setup (not measured work)",
            unit: "s",
            values: [seconds],
          },
        );
      } finally {
        await database.close();
        dropDatabase(url);
      }
    }
    const embedded = await openDatabase({ dataDir: null });
    try {
      log(`PGlite: generating ${small} families and their transactions`);
      const seconds = await load(embedded, small);
      log(`PGlite loaded in ${seconds.toFixed(1)} s`);
      measurements.push(
        ...(await measure(
          embedded,
          "PGlite",
          small,
          runs,
          async () => {
            const started = performance.now();
            const rows = await embedded.db.transaction(async (tx) => {
              await tx.execute(
                sql.raw(`CREATE TEMP TABLE floor_rekonsiliasi ${floorColumns} ON COMMIT DROP`),
              );
              for (const setting of floorSettings)
                await tx.execute(sql.raw(setting.replace("SET", "SET LOCAL")));
              await tx.execute(sql.raw(floorInsert));
              return (await tx.execute(sql.raw(floorCounts))) as unknown as { rows: { classes: string }[] };
            });
            return { seconds: (performance.now() - started) / 1000, classes: rows.rows[0]?.classes ?? "" };
          },
          log,
        )),
        { key: "PGlite-load", label: "PGlite: setup (not measured work)", unit: "s", values: [seconds] },
      );
    } finally {
      await embedded.close();
    }
    return { measurements, skipped };
  },
};
