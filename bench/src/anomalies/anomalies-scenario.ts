import { detectAnomalies, loadWilayah, openDatabase, systemActor, type TDatabase } from "@kawal/server/bench";
import { createDatabase, dropDatabase, serverUnavailable } from "../entitlement/bench-psql.ts";
import { loadStatements, PERIOD } from "../reconcile/reconcile-data.ts";
import { measurement, type TMeasurement, type TScenario } from "../scenario.ts";
import { plantStatements } from "./anomalies-data.ts";

async function load(database: TDatabase, families: number): Promise<number> {
  const started = performance.now();
  await loadWilayah(database);
  for (const statement of loadStatements(families)) await database.db.execute(statement);
  // Statistics first, so the planted rows find their families by hash join (PGlite has no autovacuum).
  await database.execAsOwner("ANALYZE");
  for (const statement of plantStatements(families)) await database.db.execute(statement);
  await database.execAsOwner("ANALYZE");
  return (performance.now() - started) / 1000;
}

async function measure(
  database: TDatabase,
  on: string,
  families: number,
  runs: number,
  log: (message: string) => void,
): Promise<TMeasurement[]> {
  const first = measurement(`${on}-detect`, `${on}: detectAnomalies, ${families} families`, "s");
  const again = measurement(
    `${on}-again`,
    `${on}: detectAnomalies again (every finding already listed)`,
    "s",
  );
  const timed = async () => {
    const started = performance.now();
    const result = await detectAnomalies(database.db, systemActor, PERIOD);
    return { seconds: (performance.now() - started) / 1000, result };
  };
  for (let run = 1; run <= runs; run++) {
    await database.execAsOwner("TRUNCATE anomali; ANALYZE anomali");
    const fresh = await timed();
    first.values.push(fresh.seconds);
    const repeat = await timed();
    again.values.push(repeat.seconds);
    if (repeat.result.total !== 0)
      throw new Error(`a second run listed ${repeat.result.total} findings again`);
    log(
      `${on} run ${run}: ${fresh.seconds.toFixed(2)} s (${fresh.result.total} findings: ${JSON.stringify(fresh.result.counts)}), again ${repeat.seconds.toFixed(2)} s`,
    );
  }
  return [first, again];
}

/**
 * `anomalies`: the anomaly search of one Sembako period (the `reconcile` period, 100,000 listed families
 * and about 130,000 transactions by default, `--families N`, with planted findings of every kind) on
 * PostgreSQL, then on PGlite in memory: seven set-based INSERT … SELECT statements, fresh and repeated.
 */
export const anomaliesScenario: TScenario = {
  name: "anomalies",
  description: "anomali penyaluran / distribution anomalies (PostgreSQL, PGlite)",
  async run({ runs, families, log }) {
    const size = families ?? 100_000;
    const measurements: TMeasurement[] = [];
    const skipped: string[] = [];
    const setup = (on: string, seconds: number): TMeasurement => ({
      key: `${on}-load`,
      label: `${on}: setup (not measured work)`,
      unit: "s",
      values: [seconds],
    });
    const unavailable = serverUnavailable();
    if (unavailable) skipped.push(`PostgreSQL: ${unavailable}`);
    else {
      const url = createDatabase();
      const database = await openDatabase({ databaseUrl: url, dataDir: null });
      try {
        log(`PostgreSQL: generating ${size} families, their transactions and the planted anomalies`);
        const seconds = await load(database, size);
        measurements.push(
          ...(await measure(database, "PostgreSQL", size, runs, log)),
          setup("PostgreSQL", seconds),
        );
      } finally {
        await database.close();
        dropDatabase(url);
      }
    }
    const embedded = await openDatabase({ dataDir: null });
    try {
      log(`PGlite: generating ${size} families, their transactions and the planted anomalies`);
      const seconds = await load(embedded, size);
      measurements.push(...(await measure(embedded, "PGlite", size, runs, log)), setup("PGlite", seconds));
    } finally {
      await embedded.close();
    }
    return { measurements, skipped };
  },
};
