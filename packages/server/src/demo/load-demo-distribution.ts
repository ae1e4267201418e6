import { sql } from "drizzle-orm";
import { detectAnomalies } from "../anomalies/detect-anomalies.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { loadActor } from "../auth/load-actor.ts";
import { queryRows, type TDatabase } from "../db/database.ts";
import { reconcilePeriod } from "../distribution/reconcile/reconcile-period.ts";
import { insertDemo6T } from "./demo-distribution-6t.ts";
import { insertDemoAgents } from "./demo-distribution-agents.ts";
import { recordDemoDeath } from "./demo-distribution-fraud.ts";
import { insertDemoLists } from "./demo-distribution-lists.ts";
import { createDemoPlan, DEMO_PKH_STAGES, DEMO_SEMBAKO_PERIODS } from "./demo-distribution-plan.ts";
import { insertDemoTransactions } from "./demo-distribution-transactions.ts";
import { DEMO_KECAMATAN } from "./demo-users.ts";

export interface TDemoDistributionResult {
  agents: number;
  periods: number;
  listed: number;
  cards: number;
  cardEvents: number;
  schedules: number;
  scheduled: number;
  transactions: number;
  items: number;
  reasons: number;
  deaths: number;
  checklists: number;
  aspects: number;
  /** Periods reconciled after loading (none when nothing was added). */
  analysed: number;
}

/**
 * The tables reconciliation and the anomaly search read, analysed before they run (the embedded
 * database has no autovacuum, and PostgreSQL's comes too late for them): without statistics both plan
 * nested loops over thousands of transactions.
 */
const SEARCHED = ["agen", "daftar_bayar", "kartu_kks", "kartu_kks_event", "transaksi", "alasan_belum"];
/**
 * The periods searched for anomalies at loading: the reference month's Sembako period and the latest
 * PKH stage, where the planted fraud is. Each search reads its whole period (about 0.1 s on the
 * embedded database), and the older months hold nothing to find; the TKSK can search them from the
 * Anomali page. Every period is reconciled, so the realisasi report has all six months.
 */
const SEARCHED_PERIODS = [
  { program: "SEMBAKO", periode: DEMO_SEMBAKO_PERIODS[DEMO_SEMBAKO_PERIODS.length - 1] ?? "" },
  { program: "PKH", periode: DEMO_PKH_STAGES[DEMO_PKH_STAGES.length - 1]?.periode ?? "" },
];

/**
 * Six months of Sembako distribution and two PKH stages in Bandarkedungmulyo (issue 5): the 17
 * e-Warong agents, the periods, payment lists, KKS cards and their custody, the TKSK's schedules,
 * the bank's transactions with their goods and realistic failures, field reasons, 6T checklists, and
 * the planted fraud of `demo-distribution-fraud.ts`. Then the real reconciliation runs over every
 * loaded period and the real anomaly search over the latest ones, as the TKSK would.
 *
 * Deterministic (hashes of the data, fixed dates) and set-based: one INSERT … SELECT per table from two
 * temporary plan tables, all in one transaction with one audit row. Keyed by data: a second load adds
 * nothing and runs nothing.
 */
export async function loadDemoDistribution(database: TDatabase): Promise<TDemoDistributionResult> {
  const db = database.db;
  const users = await queryRows<{ username: string; id: string }>(
    db,
    sql`SELECT username, id FROM users WHERE is_demo AND username IN ('dinsos', 'tksk', 'psm07')`,
  );
  const idOf = (name: string) => users.find((u) => u.username === name)?.id;
  const [dinsos, tksk, psm] = [idOf("dinsos"), idOf("tksk"), idOf("psm07")];
  const tkskActor = tksk ? await loadActor(db, tksk) : undefined;
  if (!dinsos || !tksk || !psm || !tkskActor) return emptyResult();
  const actors = { dinsos, tksk, psm };

  // Everything is written in one transaction with its audit row: when that row exists, all of it does.
  const [done] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM audit_log
        WHERE entity_type = 'system' AND entity_id = 'demo' AND action = 'demo.distribution'`,
  );
  if ((done?.n ?? 0) > 0) return emptyResult();

  const loaded = await db.transaction(async (tx) => {
    // The plan lives in temporary tables without statistics: hash joins, never a loop over thousands of rows.
    await tx.execute(sql`SET LOCAL enable_nestloop = off`);
    await createDemoPlan(tx);
    const agents = await insertDemoAgents(tx);
    const lists = await insertDemoLists(tx, actors);
    const transactions = await insertDemoTransactions(tx, actors);
    const deaths = await recordDemoDeath(tx, tksk);
    const monitoring = await insertDemo6T(tx, tksk);
    const result = { agents, ...lists, ...transactions, deaths, ...monitoring, analysed: 0 };
    const { analysed: _, ...counts } = result;
    if (Object.values(counts).some((n) => n > 0)) {
      await writeAudit(tx, {
        wilayahCode: DEMO_KECAMATAN,
        actorId: null,
        action: "demo.distribution",
        entityType: "system",
        entityId: "demo",
        data: counts,
      });
    }
    return result;
  });
  if (loaded.transactions === 0) return loaded;

  await database.execAsOwner(`ANALYZE ${SEARCHED.join(", ")}`);
  // The TKSK's monthly work on the loaded periods: reconcile each, and look for anomalies.
  const periods = [
    ...DEMO_SEMBAKO_PERIODS.map((periode) => ({ program: "SEMBAKO", periode })),
    ...DEMO_PKH_STAGES.map((s) => ({ program: "PKH", periode: s.periode })),
  ];
  for (const p of periods) await reconcilePeriod(database, tkskActor, { ...p, wilayah: DEMO_KECAMATAN });
  for (const p of SEARCHED_PERIODS) await detectAnomalies(db, tkskActor, { ...p, wilayah: DEMO_KECAMATAN });
  return { ...loaded, analysed: periods.length };
}

function emptyResult(): TDemoDistributionResult {
  return {
    agents: 0,
    periods: 0,
    listed: 0,
    cards: 0,
    cardEvents: 0,
    schedules: 0,
    scheduled: 0,
    transactions: 0,
    items: 0,
    reasons: 0,
    deaths: 0,
    checklists: 0,
    aspects: 0,
    analysed: 0,
  };
}
