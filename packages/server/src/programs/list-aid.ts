import type { TAidLedgerQuery, TAidPage } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { pageOfRows } from "../db/page-of-rows.ts";
import type { TActor } from "../scope/actor.ts";
import { inScope, requirePermission } from "../scope/scope.ts";
import { aidViewOf, selectAid } from "./aid-view.ts";

/**
 * The ledger of gifts in the caller's scope (or one desa of it), newest gift first, in keyset pages.
 * A desa outside the scope simply lists nothing, like any filter.
 */
export async function listAid(db: TDb, actor: TActor, query: TAidLedgerQuery): Promise<TAidPage> {
  requirePermission(actor, "aid.read");
  const scope = inScope(actor, sql`b.desa_code`);
  const desa = query.desa ? sql`AND b.desa_code = ${query.desa}` : sql``;
  let after = sql``;
  if (query.cursor) {
    const [cursor] = await queryRows<{ tanggal: string; id: string }>(
      db,
      sql`SELECT b.tanggal::text AS tanggal, b.id FROM bantuan_lain b WHERE b.id = ${query.cursor} AND ${scope}`,
    );
    // An unknown cursor ends the list rather than restarting it.
    if (!cursor) return { items: [], nextCursor: null };
    after = sql`AND (b.tanggal, b.id) < (${cursor.tanggal}::date, ${cursor.id}::uuid)`;
  }
  const rows = await selectAid(
    db,
    sql`${scope} ${desa} ${after}`,
    sql`ORDER BY b.tanggal DESC, b.id DESC LIMIT ${query.limit + 1}`,
  );
  return pageOfRows(rows, query.limit, aidViewOf, (_, last) => last.id);
}
