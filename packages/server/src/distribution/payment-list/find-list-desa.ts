import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { actorCovers, findInScope } from "../../scope/scope.ts";

/**
 * A desa named by a payment-list request, read through the scope: one outside it answers 404 like an
 * unknown one and leaves an `access.denied` audit row (its list names families).
 */
export function findListDesa(db: TDb, actor: TActor, code: string): Promise<{ code: string; name: string }> {
  const lookup = () =>
    queryRows<{ code: string; name: string }>(
      db,
      sql`SELECT code, name FROM wilayah WHERE code = ${code} AND level = 4`,
    );
  return findInScope(db, actor, {
    entityType: "wilayah",
    entityId: code,
    findInScope: async () => (actorCovers(actor, [code]) ? (await lookup())[0] : undefined),
    findRegions: async () => ((await lookup()).length > 0 ? [code] : undefined),
  });
}
