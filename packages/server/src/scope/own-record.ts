import type { TDb } from "../db/database.ts";
import type { TActor } from "./actor.ts";
import { findInScope, hasNationalScope } from "./scope.ts";

export interface TOwnedLookup<T> {
  entityType: string;
  entityId: string;
  /** Finds the record whoever owns it. */
  find: () => Promise<T | undefined>;
  /** The user the record belongs to (who created it). */
  ownerOf: (record: T) => string | null;
}

/**
 * Reads a record that belongs to one user rather than to a region (a job, its files): the owner and a
 * national administrator see it; anyone else gets the answer of a missing record (404) and an
 * `access.denied` audit row in the national chain, as `findInScope` does for a region's records.
 */
export function findOwnRecord<T>(db: TDb, actor: TActor, lookup: TOwnedLookup<T>): Promise<T> {
  let record: Promise<T | undefined> | undefined;
  const found = () => {
    record ??= lookup.find();
    return record;
  };
  return findInScope(db, actor, {
    entityType: lookup.entityType,
    entityId: lookup.entityId,
    findInScope: async () => {
      const row = await found();
      if (row === undefined) return undefined;
      return lookup.ownerOf(row) === actor.userId || hasNationalScope(actor) ? row : undefined;
    },
    findRegions: async () => ((await found()) === undefined ? undefined : []),
  });
}
