import { sql } from "drizzle-orm";
import type { TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { lookupId } from "../scope/record-id.ts";
import { findInScope, regionsOf } from "../scope/scope.ts";
import { handoverSummaries, handoverVisible, type THandoverRow } from "./handover-sql.ts";

/** One handover the actor may see; any other answers 404 like a missing one, audited. */
export async function findHandover(db: TDb, actor: TActor, handoverId: string): Promise<THandoverRow> {
  const id = lookupId(handoverId);
  return findInScope(db, actor, {
    entityType: "handover",
    entityId: handoverId,
    findInScope: async () =>
      (await handoverSummaries(db, sql`h.id = ${id} AND ${handoverVisible(actor)}`, 1))[0],
    findRegions: () =>
      regionsOf(
        db,
        sql`SELECT coalesce((SELECT hf.desa_code FROM handover_family hf
                                     WHERE hf.kab_code = h.kab_code AND hf.handover_id = h.id LIMIT 1), h.kab_code)
                            FROM handover h WHERE h.id = ${id}`,
      ),
  });
}
