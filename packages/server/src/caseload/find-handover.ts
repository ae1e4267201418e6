import { sql } from "drizzle-orm";
import { recordFinder } from "../scope/record-finder.ts";
import { handoverSummaries, handoverVisible, type THandoverRow } from "./handover-sql.ts";

/** One handover the actor may see; any other answers 404 like a missing one, audited. */
export const findHandover = recordFinder<THandoverRow>({
  entityType: "handover",
  row: async (id, actor, db) =>
    (await handoverSummaries(db, sql`h.id = ${id} AND ${handoverVisible(actor)}`, 1))[0],
  regions: (id) =>
    sql`SELECT coalesce((SELECT hf.desa_code FROM handover_family hf
                         WHERE hf.kab_code = h.kab_code AND hf.handover_id = h.id LIMIT 1), h.kab_code)
        FROM handover h WHERE h.id = ${id}`,
});
