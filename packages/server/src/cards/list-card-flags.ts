import { latestLocalDate, type TCardFlagReason, type TCardFlags } from "@kawal/core";
import { sql } from "drizzle-orm";
import type { TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { inScope, requirePermission } from "../scope/scope.ts";
import { readStaffDays } from "./card-settings.ts";
import { cardFlagSql, cardViewOf, selectCards } from "./card-view.ts";

/** At most this many flags in one answer: a longer list is a problem to act on, not to scroll. */
const FLAG_LIMIT = 500;

/**
 * Dinas Sosial's list (docs/domain.md, Fraud seen in the field): every card in the caller's scope now held
 * by a companion, or by other staff for more than the set number of days, longest held first. One
 * set-based query; numbers masked.
 */
export async function listCardFlags(db: TDb, actor: TActor, now: Date = new Date()): Promise<TCardFlags> {
  requirePermission(actor, "card.read");
  const today = latestLocalDate(now);
  const staffDays = await readStaffDays(db);
  const rows = await selectCards(
    db,
    sql`${inScope(actor, sql`k.desa_code`)} AND k.pemegang_jenis = 'staf' AND ${cardFlagSql(today, staffDays)} IS NOT NULL`,
    sql`ORDER BY k.pemegang_sejak, k.id LIMIT ${FLAG_LIMIT}`,
    today,
    staffDays,
  );
  return {
    batasHariStaf: staffDays,
    items: rows.map((row) => {
      const card = cardViewOf(row);
      return { card, why: row.flag as TCardFlagReason, hari: card.hari, sejak: card.pemegang.sejak };
    }),
  };
}
