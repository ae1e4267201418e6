import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "./actor.ts";
import { actorCovers, findInScope } from "./scope.ts";

export interface TRegion {
  code: string;
  name: string;
}

/**
 * A region named by a request (a desa to list, a kabupaten whose setting changes, a region to report
 * on), read through the scope like any record: one outside the scope answers 404 exactly like an unknown
 * code, and leaves an `access.denied` audit row, since what the request reads there is personal data.
 * `level` (1 province … 4 desa) narrows what counts as found; `entityType` names it in the audit row.
 */
export function findRegionInScope(
  db: TDb,
  actor: TActor,
  code: string,
  options: { level?: 1 | 2 | 3 | 4; entityType?: string } = {},
): Promise<TRegion> {
  const level = options.level === undefined ? sql`` : sql` AND level = ${options.level}`;
  const lookup = async () =>
    (await queryRows<TRegion>(db, sql`SELECT code, name FROM wilayah WHERE code = ${code}${level}`))[0];
  return findInScope(db, actor, {
    entityType: options.entityType ?? "wilayah",
    entityId: code,
    findInScope: async () => (actorCovers(actor, [code]) ? lookup() : undefined),
    findRegions: async () => ((await lookup()) ? [code] : undefined),
  });
}

/** A desa named by a request (a list of its families, a mark on its payment list), read through the scope. */
export function findDesaInScope(db: TDb, actor: TActor, code: string): Promise<TRegion> {
  return findRegionInScope(db, actor, code, { level: 4 });
}
