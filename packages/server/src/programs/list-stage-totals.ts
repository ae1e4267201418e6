import type { TStageRef, TStageTotals } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { inScope, requirePermission } from "../scope/scope.ts";

/** A computed stage's totals per desa of the caller's scope: families and rupiah. */
export async function listStageTotals(db: TDb, actor: TActor, ref: TStageRef): Promise<TStageTotals> {
  requirePermission(actor, "program.read");
  const rows = await queryRows<{
    desa_code: string;
    name: string | null;
    families: number;
    total: string | number;
  }>(
    db,
    sql`SELECT p.desa_code, w.name, count(*)::int AS families, sum(p.nominal)::bigint AS total
        FROM pkh_entitlement p LEFT JOIN wilayah w ON w.code = p.desa_code
        WHERE p.tahun = ${ref.tahun} AND p.tahap = ${ref.tahap} AND ${inScope(actor, sql`p.desa_code`)}
        GROUP BY p.desa_code, w.name ORDER BY p.desa_code`,
  );
  const items = rows.map((r) => ({
    desa: { code: r.desa_code, name: r.name ?? r.desa_code },
    families: r.families,
    totalNominal: Number(r.total),
  }));
  return {
    tahun: ref.tahun,
    tahap: ref.tahap,
    items,
    families: items.reduce((s, i) => s + i.families, 0),
    totalNominal: items.reduce((s, i) => s + i.totalNominal, 0),
  };
}
