import type { TStageComputeResult, TStageRef } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { inScope, requirePermission } from "../scope/scope.ts";
import { pkhStageSql } from "./pkh-stage-sql.ts";
import { pkhRulesForStage } from "./program-rule-store.ts";

/**
 * Computes one PKH stage for every family in the caller's scope with an `aktif` PKH enrolment on the
 * stage's first day (status `aktif` since that day or earlier), set-based: one INSERT … SELECT … ON
 * CONFLICT DO UPDATE into `pkh_entitlement`, in one transaction with one audit row per kabupaten.
 * Rows of the stage whose family no longer has such an enrolment are removed, so the stored stage is
 * always what the registry and the enrolments say now.
 */
export async function computePkhStage(
  db: TDb,
  actor: TActor,
  input: TStageRef,
): Promise<TStageComputeResult> {
  requirePermission(actor, "entitlement.compute");
  const rules = await pkhRulesForStage(db, input);
  const { tanggal } = rules;
  const enrolled = sql`SELECT e.kab_code, e.no_kk, e.desa_code FROM enrolment e
    WHERE e.program_code = 'PKH' AND e.status = 'aktif' AND e.sejak <= ${tanggal}::date
      AND ${inScope(actor, sql`e.desa_code`)}`;
  return db.transaction(async (tx) => {
    // The stage sorts every qualifying member twice; in the default 4 MB those sorts spill to disk.
    await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
    const removed = await queryRows<{ kab_code: string; n: number }>(
      tx,
      sql`WITH gone AS (
            DELETE FROM pkh_entitlement p
            WHERE p.tahun = ${input.tahun} AND p.tahap = ${input.tahap} AND ${inScope(actor, sql`p.desa_code`)}
              AND NOT EXISTS (SELECT 1 FROM (${enrolled}) e WHERE e.kab_code = p.kab_code AND e.no_kk = p.no_kk)
            RETURNING p.kab_code)
          SELECT kab_code, count(*)::int AS n FROM gone GROUP BY kab_code`,
    );
    const written = await queryRows<{
      kab_code: string;
      families: number;
      inserted: number;
      total: string | number;
    }>(
      tx,
      sql`WITH computed AS (${pkhStageSql({ ...rules, families: enrolled })}),
          written AS (
            INSERT INTO pkh_entitlement (kab_code, tahun, tahap, no_kk, desa_code, tanggal, nominal, komponen)
            SELECT kab_code, ${input.tahun}, ${input.tahap}, no_kk, desa_code, ${tanggal}::date, nominal, komponen
            FROM computed
            ON CONFLICT (kab_code, tahun, tahap, no_kk) DO UPDATE SET
              desa_code = EXCLUDED.desa_code, tanggal = EXCLUDED.tanggal, nominal = EXCLUDED.nominal,
              komponen = EXCLUDED.komponen, computed_at = now()
            RETURNING kab_code, nominal, (xmax = 0) AS inserted)
          SELECT kab_code, count(*)::int AS families, count(*) FILTER (WHERE inserted)::int AS inserted,
                 coalesce(sum(nominal), 0)::bigint AS total
          FROM written GROUP BY kab_code ORDER BY kab_code`,
    );
    const touched = [...new Set([...written.map((w) => w.kab_code), ...removed.map((r) => r.kab_code)])];
    // A computation that found no family is audited too, on the caller's area.
    const kabs = touched.length > 0 ? touched.sort() : [actor.scopes[0] ?? null];
    for (const kab of kabs) {
      const w = written.find((x) => x.kab_code === kab);
      const gone = removed.find((r) => r.kab_code === kab)?.n ?? 0;
      await writeAudit(tx, {
        wilayahCode: kab,
        actorId: actor.userId,
        action: "entitlement.compute",
        entityType: "pkh_stage",
        entityId: `${input.tahun}-${input.tahap}`,
        data: {
          tahun: input.tahun,
          tahap: input.tahap,
          tanggal,
          families: w?.families ?? 0,
          inserted: w?.inserted ?? 0,
          removed: gone,
          totalNominal: Number(w?.total ?? 0),
        },
      });
    }
    const sum = (f: (w: (typeof written)[number]) => number) => written.reduce((s, w) => s + f(w), 0);
    const families = sum((w) => w.families);
    const inserted = sum((w) => w.inserted);
    return {
      tahun: input.tahun,
      tahap: input.tahap,
      tanggal,
      families,
      inserted,
      updated: families - inserted,
      removed: removed.reduce((s, r) => s + r.n, 0),
      totalNominal: sum((w) => Number(w.total)),
    };
  });
}
