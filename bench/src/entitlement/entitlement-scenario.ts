import { computePkhStage, openDatabase, systemActor } from "@kawal/server/bench";
import { measurement, type TScenario } from "../scenario.ts";
import { createDatabase, dropDatabase, psql, serverUnavailable } from "./bench-psql.ts";
import { floorScript, loadScript, STAGE } from "./entitlement-sql.ts";
import { familyFiles } from "./family-files.ts";

const m = measurement;

/**
 * `entitlement`: one PKH stage for every family of a kabupaten (200,000 families by default,
 * `--families N`), each with an active PKH enrolment and some school and pregnancy events after the
 * stage's first day. Kawal's stage computation (the function the route calls, as the national
 * system actor) against the bare SQL floor; the two must agree on the total.
 */
export const entitlementScenario: TScenario = {
  name: "entitlement",
  description: "tahap PKH / PKH stage computation (PostgreSQL vs bare SQL)",
  async run({ runs, families, log }) {
    const size = families ?? 200_000;
    const floor = m("floor", "bare SQL into a temp table", "s");
    const kawal = m(
      "kawal",
      `Kawal stage computation, ${size} families`,
      "s",
      size >= 200_000 ? 30 : undefined,
    );
    const ratio = m("ratio", "Kawal / bare SQL", "x");
    const load = m("load", "setup: COPY families, enrolments, events (not the measured work)", "s");
    const unavailable = serverUnavailable();
    if (unavailable) return { measurements: [], skipped: [`PostgreSQL: ${unavailable}`] };
    log(`menyiapkan berkas / preparing ${size} families`);
    const files = await familyFiles(size);
    const url = createDatabase();
    const database = await openDatabase({ databaseUrl: url, dataDir: null });
    try {
      const loaded = psql(url, loadScript(files));
      load.values.push(loaded.seconds);
      log(`loaded (keluarga anggota events): ${loaded.out} in ${loaded.seconds.toFixed(1)} s`);
      for (let run = 1; run <= runs; run++) {
        const bare = psql(url, floorScript());
        const [floorFamilies, floorTotal] = bare.out.split(" ").map(Number);
        floor.values.push(bare.seconds);
        // Each run computes the stage from nothing stored, so every run does the same work.
        psql(url, "TRUNCATE pkh_entitlement; VACUUM ANALYZE pkh_entitlement;");
        const started = performance.now();
        const result = await computePkhStage(database.db, systemActor, STAGE);
        const seconds = (performance.now() - started) / 1000;
        kawal.values.push(seconds);
        ratio.values.push(seconds / bare.seconds);
        if (result.families !== floorFamilies || result.totalNominal !== floorTotal) {
          throw new Error(
            `Kawal and the floor disagree: ${result.families} families Rp${result.totalNominal} vs ${floorFamilies} Rp${floorTotal}`,
          );
        }
        log(
          `run ${run}: floor ${bare.seconds.toFixed(2)} s, Kawal ${seconds.toFixed(2)} s, ${result.families} families, Rp${result.totalNominal.toLocaleString("id-ID")}`,
        );
      }
    } finally {
      await database.close();
      dropDatabase(url);
    }
    return { measurements: [floor, kawal, ratio, load].filter((x) => x.values.length > 0), skipped: [] };
  },
};
