import { sql } from "drizzle-orm";
import type { TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { lookupId } from "../scope/record-id.ts";
import { findInScope, inScope, regionsOf } from "../scope/scope.ts";
import { selectAnomalies, type TAnomalyRow } from "./anomaly-view.ts";

/**
 * One finding through the scope: outside it answers 404 like a missing one and is audited (in a
 * transaction of its own, so call it before the transaction that changes the finding).
 */
export async function findAnomaly(db: TDb, actor: TActor, id: string): Promise<TAnomalyRow> {
  const key = lookupId(id);
  return findInScope(db, actor, {
    entityType: "anomali",
    entityId: key,
    findInScope: async () =>
      (await selectAnomalies(db, sql`a.id = ${key} AND ${inScope(actor, sql`a.desa_code`)}`))[0],
    findRegions: () => regionsOf(db, sql`SELECT desa_code FROM anomali WHERE id = ${key}`),
  });
}
