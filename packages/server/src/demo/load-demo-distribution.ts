import { sql } from "drizzle-orm";
import { detectAnomalies } from "../anomalies/detect-anomalies.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { loadActor } from "../auth/load-actor.ts";
import { queryRows, type TDatabase } from "../db/database.ts";
import { refreshStatistics } from "../db/refresh-statistics.ts";
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
  /** Periods reconciled and searched for anomalies after loading (none when nothing was added). */
  analysed: number;
}

/** The tables the demo's distribution fills, for the planner's statistics on the embedded database. */
const TABLES = [
  "agen",
  "periode_penyaluran",
  "daftar_bayar",
  "kartu_kks",
  "kartu_kks_event",
  "jadwal_penyaluran",
  "jadwal_keluarga",
  "transaksi",
  "transaksi_item",
  "alasan_belum",
  "monitoring_6t",
  "monitoring_6t_aspek",
];

/**
 * Six months of Sembako distribution and two PKH stages in Bandarkedungmulyo (issue 5): the 17
 * e-Warong agents, the periods, payment lists, KKS cards and their custody, the TKSK's schedules,
 * the bank's transactions with their goods and realistic failures, field reasons, 6T checklists, and
 * the planted fraud of `demo-distribution-fraud.ts`. Then the real reconciliation and anomaly search
 * run over every loaded period, as the TKSK would.
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

  // Statistics first, on both databases: the searches below plan nested loops over thousands of
  // transactions without them, and PostgreSQL's autovacuum would come too late for them.
  await database.execAsOwner(`ANALYZE ${TABLES.join(", ")}`);
  // The TKSK's monthly work on the loaded periods: reconcile each, then look for anomalies in it.
  const periods = [
    ...DEMO_SEMBAKO_PERIODS.map((periode) => ({ program: "SEMBAKO", periode })),
    ...DEMO_PKH_STAGES.map((s) => ({ program: "PKH", periode: s.periode })),
  ];
  for (const p of periods) {
    await reconcilePeriod(database, tkskActor, { ...p, wilayah: DEMO_KECAMATAN });
    await detectAnomalies(db, tkskActor, { ...p, wilayah: DEMO_KECAMATAN });
  }
  await refreshStatistics(database, ["rekonsiliasi", "anomali"]);
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
