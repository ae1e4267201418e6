import { sql } from "drizzle-orm";
import { recordFinder } from "../scope/record-finder.ts";
import { inScope } from "../scope/scope.ts";
import { selectAnomalies, type TAnomalyRow } from "./anomaly-view.ts";

/**
 * One finding through the scope: outside it answers 404 like a missing one and is audited (in a
 * transaction of its own, so call it before the transaction that changes the finding).
 */
export const findAnomaly = recordFinder<TAnomalyRow>({
  entityType: "anomali",
  row: async (id, actor, db) =>
    (await selectAnomalies(db, sql`a.id = ${id} AND ${inScope(actor, sql`a.desa_code`)}`))[0],
  regions: (id) => sql`SELECT desa_code FROM anomali WHERE id = ${id}`,
});
