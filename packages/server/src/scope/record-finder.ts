import { is, SQL } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "./actor.ts";
import { lookupId } from "./record-id.ts";
import { findInScope, regionsOf } from "./scope.ts";

/** How one kind of record is read by its id through the scope. */
export interface TRecordFinder<T> {
  /** The audit's entity type and the 404's subject. */
  entityType: string;
  /** The record within the actor's scope: a query whose first row it is (it must apply the scope), or a reader. */
  row: (id: string, actor: TActor, db: TDb) => SQL | Promise<T | undefined>;
  /** A query for the record's region codes ignoring scope (see `regionsOf`), only to audit a denied read. */
  regions: (id: string) => SQL;
}

/**
 * The reader of one kind of record by the id a request names, through `findInScope`: a malformed id
 * cannot name a record, so it is looked up as a missing one (never sent to the database as a bad uuid);
 * a record outside the scope answers 404 like a missing one and leaves an `access.denied` audit row.
 */
export function recordFinder<T>(
  finder: TRecordFinder<T>,
): (db: TDb, actor: TActor, givenId: string) => Promise<T> {
  return (db, actor, givenId) => {
    const id = lookupId(givenId);
    return findInScope(db, actor, {
      entityType: finder.entityType,
      entityId: givenId,
      findInScope: async () => {
        const row = finder.row(id, actor, db);
        return is(row, SQL) ? (await queryRows<T>(db, row))[0] : row;
      },
      findRegions: () => regionsOf(db, finder.regions(id)),
    });
  };
}
