import { anomalyKinds, type TAnomalyKind, type TAnomalyListQuery, type TAnomalyPage } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { pageOfRows } from "../db/page-of-rows.ts";
import type { TActor } from "../scope/actor.ts";
import { inScope, requirePermission } from "../scope/scope.ts";
import { anomalyViewOf, selectAnomalies } from "./anomaly-view.ts";

/**
 * Findings of the caller's scope (by the finding's desa), newest first, in keyset pages, numbers
 * masked; with the count per kind under the same filters, for the filter chips.
 */
export async function listAnomalies(db: TDb, actor: TActor, query: TAnomalyListQuery): Promise<TAnomalyPage> {
  requirePermission(actor, "anomaly.read");
  const filters: SQL[] = [inScope(actor, sql`a.desa_code`)];
  if (query.status) filters.push(sql`a.status = ${query.status}`);
  if (query.periode) filters.push(sql`a.periode = ${query.periode}`);
  if (query.program) filters.push(sql`a.program_code = ${query.program}`);
  const base = sql.join(filters, sql` AND `);
  const kind = query.jenis ? sql`AND a.jenis = ${query.jenis}` : sql``;
  let after = sql``;
  if (query.cursor) {
    const [cursor] = await queryRows<{ at: string; id: string }>(
      db,
      sql`SELECT a.ditemukan_pada::text AS at, a.id FROM anomali a WHERE a.id = ${query.cursor} AND ${base}`,
    );
    // An unknown cursor ends the list rather than restarting it.
    if (!cursor) return { items: [], nextCursor: null, counts: await countByKind(db, base) };
    after = sql`AND (a.ditemukan_pada, a.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`;
  }
  const rows = await selectAnomalies(
    db,
    sql`${base} ${kind} ${after}`,
    sql`ORDER BY a.ditemukan_pada DESC, a.id DESC LIMIT ${query.limit + 1}`,
  );
  const page = pageOfRows(rows, query.limit, anomalyViewOf, (_, last) => last.id);
  return { ...page, counts: await countByKind(db, base) };
}

async function countByKind(db: TDb, base: SQL): Promise<Record<TAnomalyKind, number>> {
  const rows = await queryRows<{ jenis: TAnomalyKind; n: number }>(
    db,
    sql`SELECT a.jenis, count(*)::int AS n FROM anomali a WHERE ${base} GROUP BY a.jenis`,
  );
  const counts = Object.fromEntries(anomalyKinds.map((k) => [k, 0])) as Record<TAnomalyKind, number>;
  for (const row of rows) counts[row.jenis] = row.n;
  return counts;
}
