import { latestLocalDate, type TCardListQuery, type TCardPage } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { pageOfRows } from "../db/page-of-rows.ts";
import { findFamily } from "../registry/find-family.ts";
import type { TActor } from "../scope/actor.ts";
import { inScope, requirePermission } from "../scope/scope.ts";
import { readStaffDays } from "./card-settings.ts";
import { cardFlagSql, cardViewOf, selectCards } from "./card-view.ts";

/**
 * Cards in the caller's scope, newest first, in keyset pages: of one family (a family outside the
 * scope answers 404, as its page does), flagged ones only, or in one state. Numbers are masked.
 */
export async function listCards(
  db: TDb,
  actor: TActor,
  query: TCardListQuery,
  now: Date = new Date(),
): Promise<TCardPage> {
  requirePermission(actor, "card.read");
  const today = latestLocalDate(now);
  const staffDays = await readStaffDays(db);
  const scope = inScope(actor, sql`k.desa_code`);
  const conditions = [scope];
  if (query.familyId) {
    const family = await findFamily(db, actor, query.familyId);
    conditions.push(sql`k.kab_code = ${family.kab_code} AND k.no_kk = ${family.no_kk}`);
  }
  if (query.status) conditions.push(sql`k.status = ${query.status}`);
  if (query.flagged === "true") conditions.push(sql`${cardFlagSql(today, staffDays)} IS NOT NULL`);
  if (query.flagged === "false") conditions.push(sql`${cardFlagSql(today, staffDays)} IS NULL`);
  if (query.cursor) {
    const [cursor] = await queryRows<{ created_at: string; id: string }>(
      db,
      sql`SELECT k.created_at::text AS created_at, k.id FROM kartu_kks k WHERE k.id = ${query.cursor} AND ${scope}`,
    );
    // An unknown cursor ends the list rather than restarting it.
    if (!cursor) return { items: [], nextCursor: null };
    conditions.push(sql`(k.created_at, k.id) < (${cursor.created_at}::timestamptz, ${cursor.id}::uuid)`);
  }
  const rows = await selectCards(
    db,
    sql.join(conditions, sql` AND `),
    sql`ORDER BY k.created_at DESC, k.id DESC LIMIT ${query.limit + 1}`,
    today,
    staffDays,
  );
  return pageOfRows(rows, query.limit, cardViewOf, (_, last) => last.id);
}
