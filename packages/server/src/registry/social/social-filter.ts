import { kabupatenCodeOf, type TSocialSummaryQuery } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import type { TActor } from "../../scope/actor.ts";
import { entryInScope } from "./social-scope.ts";

/**
 * The conditions the register's list and its summary share (over `social_register s`): the caller's
 * scope, the register and the kecamatan asked for. One function, so the summary counts exactly what
 * the list would show.
 */
export function registerConditions(
  actor: TActor,
  query: Pick<TSocialSummaryQuery, "register" | "kecamatan">,
): SQL[] {
  return [
    entryInScope(actor),
    query.register ? sql`s.register = ${query.register}` : undefined,
    // The kabupaten as well: on Citus it sends the query to one shard.
    query.kecamatan
      ? sql`s.kab_code = ${kabupatenCodeOf(query.kecamatan)} AND s.kecamatan_code = ${query.kecamatan}`
      : undefined,
  ].filter((c) => c !== undefined);
}
