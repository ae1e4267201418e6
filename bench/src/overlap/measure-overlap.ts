import {
  exportAidOverlap,
  getAidOverlap,
  queryRows,
  sql,
  summarizeAidOverlap,
  systemActor,
  type TDatabase,
} from "@kawal/server/bench";
import { measurement, type TMeasurement } from "../scenario.ts";
import { floorDesaSql, floorSummarySql } from "./overlap-sql.ts";

const KAB = "35.17";
/** A kabupaten officer's reach: the whole synthetic kabupaten (the summary reads the caller's scope). */
const actor = { ...systemActor, scopes: [KAB] };

const m = measurement;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

/**
 * On one loaded database (`on` names it): the overlap lists of the largest desa, the kabupaten
 * summary and the desa's XLSX export, each `runs` times, beside the bare SQL giving the same lists
 * and counts on the same connection. Kawal and the floor must agree on the counts.
 */
export async function measureOverlap(
  database: TDatabase,
  on: string,
  runs: number,
  log: (message: string) => void,
): Promise<TMeasurement[]> {
  const db = database.db;
  const [largest] = await queryRows<{ desa_code: string; n: number }>(
    db,
    sql`SELECT desa_code, count(*)::int AS n FROM keluarga GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
  );
  const desa = largest?.desa_code ?? "";
  const floorDesa = m(
    `${on}-floor-desa`,
    `${on}: bare SQL, lists of one desa (${largest?.n} families)`,
    "ms",
  );
  const kawalDesa = m(`${on}-desa`, `${on}: Kawal overlap of one desa`, "ms");
  const ratioDesa = m(`${on}-desa-ratio`, `${on}: Kawal / bare SQL, one desa`, "x");
  const floorSummary = m(`${on}-floor-summary`, `${on}: bare SQL, counts per desa of the kabupaten`, "ms");
  const kawalSummary = m(`${on}-summary`, `${on}: Kawal kabupaten summary`, "ms");
  const ratioSummary = m(`${on}-summary-ratio`, `${on}: Kawal / bare SQL, summary`, "x");
  const xlsx = m(`${on}-xlsx`, `${on}: Kawal XLSX export of the desa`, "ms");
  const ratioXlsx = m(`${on}-xlsx-ratio`, `${on}: XLSX export / bare SQL of the desa lists`, "x");
  for (let run = 1; run <= runs; run++) {
    const kawal = await timed(() => getAidOverlap(db, actor, { desa, bulan: 12 }));
    const since = kawal.result.since;
    const bare = await timed(() => queryRows<{ piled: boolean }>(db, floorDesaSql(desa, since)));
    const barePiled = bare.result.filter((r) => r.piled).length;
    if (
      barePiled !== kawal.result.piled.length ||
      bare.result.length - barePiled !== kawal.result.without.length
    ) {
      throw new Error(
        `${on}: Kawal and the floor disagree on ${desa}: ${kawal.result.piled.length}+${kawal.result.without.length} vs ${barePiled}+${bare.result.length - barePiled}`,
      );
    }
    floorDesa.values.push(bare.ms);
    kawalDesa.values.push(kawal.ms);
    ratioDesa.values.push(kawal.ms / bare.ms);

    const summary = await timed(() => summarizeAidOverlap(db, actor, { bulan: 12 }));
    const bareSummary = await timed(() =>
      queryRows<{ families: number; eligible_without: number; piled: number }>(
        db,
        floorSummarySql(KAB, since),
      ),
    );
    const kawalTotals = summary.result.items
      .map((r) => `${r.families} ${r.eligibleWithout} ${r.piled}`)
      .join();
    const bareTotals = bareSummary.result.map((r) => `${r.families} ${r.eligible_without} ${r.piled}`).join();
    if (kawalTotals !== bareTotals) throw new Error(`${on}: Kawal and the floor disagree on the summary`);
    floorSummary.values.push(bareSummary.ms);
    kawalSummary.values.push(summary.ms);
    ratioSummary.values.push(summary.ms / bareSummary.ms);

    const exported = await timed(() => exportAidOverlap(db, actor, { desa, bulan: 12, format: "xlsx" }));
    xlsx.values.push(exported.ms);
    ratioXlsx.values.push(exported.ms / bare.ms);
    log(
      `${on} run ${run}: desa ${desa} ${kawal.ms.toFixed(0)} ms (floor ${bare.ms.toFixed(0)}; ${kawal.result.piled.length} piled, ${kawal.result.without.length} without), summary ${summary.ms.toFixed(0)} ms (floor ${bareSummary.ms.toFixed(0)}; ${summary.result.items.length} desa), XLSX ${exported.ms.toFixed(0)} ms (${exported.result.rows} rows)`,
    );
  }
  return [floorDesa, kawalDesa, ratioDesa, floorSummary, kawalSummary, ratioSummary, xlsx, ratioXlsx];
}
