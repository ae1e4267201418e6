import type { TClassCounts, TReconcileRequest, TReconcileResult } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit.ts";
import { queryRows, type TDatabase, type TDb } from "../../db/database.ts";
import { refreshStatistics } from "../../db/refresh-statistics.ts";
import type { TActor } from "../../scope/actor.ts";
import { resolveArea } from "../../scope/request-area.ts";
import { requirePermission } from "../../scope/scope.ts";
import { addFigures, emptyClassCounts } from "./class-counts.ts";
import { deleteSql, reconcileSql, type TClassCount } from "./reconcile-sql.ts";
import { requirePeriod } from "./require-period.ts";

/** Input of a run: the request's fields, the programme defaulting to SEMBAKO. */
export type TReconcileInput = Pick<TReconcileRequest, "periode" | "wilayah"> & { program?: string };

/** Adds one class count; the realised amount of unlisted cards is not the listed families' realisation. */
function add(totals: TClassCounts, row: TClassCount): void {
  if (row.kelas === "tersalur") totals.tersalur += row.n;
  else if (row.kelas === "sebagian") totals.sebagian += row.n;
  else if (row.kelas === "belum") totals.belum += row.n;
  else {
    totals.tidakTerdaftar += row.n;
    return;
  }
  totals.nominalDaftar += Number(row.daftar);
  totals.nominalRealisasi += Number(row.realisasi);
}

/**
 * Reconciles one programme's period in the caller's scope (or a region of it), docs/formats.md
 * Reconciliation result: the area's results are deleted and recomputed whole in one transaction by one
 * set-based statement (listed families and unlisted cards), with one audit row per kabupaten.
 * Hash joins are forced: right after a bulk import the planner's row estimates are stale and a nested
 * loop over a million families would run for minutes.
 */
export async function reconcilePeriod(
  database: TDatabase,
  actor: TActor,
  input: TReconcileInput,
  now: Date = new Date(),
): Promise<TReconcileResult> {
  requirePermission(actor, "distribution.reconcile");
  const started = performance.now();
  const key = { program: input.program ?? "SEMBAKO", periode: input.periode };
  const db = database.db;
  await requirePeriod(db, key.program, key.periode);
  const area = await resolveArea(db, actor, input.wilayah);
  const perKab = await db.transaction(async (tx: TDb) => {
    // Two runs of one period at once (a double click, or the TKSK and the Dinas officer together)
    // would each delete the rows, then both insert them: the second fails on the primary key. So runs
    // of a programme's period wait for each other, whatever their areas (they may overlap); a statement
    // after the lock sees the earlier run's committed rows (read committed), so the later run replaces
    // them whole. On PGlite's single connection the transactions are serial already.
    await tx.execute(
      sql`SELECT pg_advisory_xact_lock(hashtext(${`rekonsiliasi:${key.program}:${key.periode}`}))`,
    );
    await tx.execute(sql`SET LOCAL enable_nestloop = off`);
    await tx.execute(sql`SET LOCAL enable_mergejoin = off`);
    await tx.execute(sql`SET LOCAL work_mem = '256MB'`);
    // Compiling the plan costs seconds here and saves nothing: every node is a simple hash or scan.
    await tx.execute(sql`SET LOCAL jit = off`);
    await tx.execute(deleteSql(key, area));
    const rows = await queryRows<TClassCount>(tx, reconcileSql(key, area, now));
    const byKab = new Map<string, TClassCounts>();
    for (const row of rows) {
      const totals = byKab.get(row.kab_code) ?? emptyClassCounts();
      add(totals, row);
      byKab.set(row.kab_code, totals);
    }
    for (const [kab, totals] of [...byKab].sort(([a], [b]) => a.localeCompare(b))) {
      await writeAudit(
        tx,
        {
          wilayahCode: kab,
          actorId: actor.userId,
          action: "distribution.reconcile",
          entityType: "rekonsiliasi",
          entityId: `${key.program}:${key.periode}`,
          data: { program: key.program, periode: key.periode, wilayah: area.wilayah, ...totals },
        },
        now,
      );
    }
    return byKab;
  });
  // Each run rewrites a period's rows, read afterwards by period and desa: on a server autovacuum's
  // pass suffices, and analysing a million fresh rows would add seconds to every run.
  await refreshStatistics(database, ["rekonsiliasi"], { onServer: false });
  const totals = emptyClassCounts();
  for (const kab of perKab.values()) addFigures(totals, kab);
  return {
    program: key.program,
    periode: key.periode,
    wilayah: area.wilayah,
    listed: totals.tersalur + totals.sebagian + totals.belum,
    ...totals,
    durationMs: Math.round(performance.now() - started),
  };
}
