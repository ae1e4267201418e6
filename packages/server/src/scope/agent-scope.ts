import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import type { TActor } from "./actor.ts";
import { inScope } from "./scope.ts";

/**
 * The scope of rows that belong to an e-Warong agent (schedules, transactions, 6T checklists): the
 * actor's wilayah, and for an agent's own login only the agents linked to it (`agen.user_id`). An agent
 * sees its own shop's work, never its neighbour's in the same desa.
 */
export function inAgentScope(actor: TActor, desaColumn: AnyColumn | SQL, idAgenColumn: AnyColumn | SQL): SQL {
  const region = inScope(actor, desaColumn);
  if (actor.role !== "agen") return region;
  return sql`(${region} AND ${idAgenColumn} IN (SELECT a.id_agen FROM agen a WHERE a.user_id = ${actor.userId}))`;
}
