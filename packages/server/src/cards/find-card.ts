import { sql } from "drizzle-orm";
import type { TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { lookupId } from "../scope/record-id.ts";
import { findInScope, inScope, regionsOf } from "../scope/scope.ts";
import { selectCards, type TCardRow } from "./card-view.ts";

/**
 * Reads a card by its opaque id through the scope (the family's desa), for the card page and for every
 * write on a card alike: outside the caller's scope it answers 404 and leaves an `access.denied` row.
 */
export async function findCard(
  db: TDb,
  actor: TActor,
  cardId: string,
  today: string,
  staffDays: number,
): Promise<TCardRow> {
  const id = lookupId(cardId);
  return findInScope(db, actor, {
    entityType: "kartu_kks",
    entityId: cardId,
    findInScope: async () =>
      (
        await selectCards(
          db,
          sql`k.id = ${id} AND ${inScope(actor, sql`k.desa_code`)}`,
          sql`LIMIT 1`,
          today,
          staffDays,
        )
      )[0],
    findRegions: () => regionsOf(db, sql`SELECT desa_code FROM kartu_kks WHERE id = ${id}`),
  });
}
