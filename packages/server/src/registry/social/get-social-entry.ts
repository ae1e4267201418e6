import { latestLocalDate, type TSocialEntry } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { lookupId } from "../../scope/record-id.ts";
import { findInScope, regionsOf, requirePermission } from "../../scope/scope.ts";
import { entryInScope } from "./social-scope.ts";
import { loadSocialEntries } from "./social-views.ts";

/** The keys of an entry, read through the scope: outside it, 404 and an `access.denied` audit row. */
export async function findSocialEntry(
  db: TDb,
  actor: TActor,
  entryId: string,
): Promise<{ kab_code: string; id: string }> {
  // A malformed id names no entry; it is looked up as a missing one, never sent as a uuid.
  const id = lookupId(entryId);
  return findInScope(db, actor, {
    entityType: "social_register",
    entityId: entryId,
    findInScope: async () =>
      (
        await queryRows<{ kab_code: string; id: string }>(
          db,
          sql`SELECT s.kab_code, s.id FROM social_register s WHERE s.id = ${id} AND ${entryInScope(actor)}`,
        )
      )[0],
    findRegions: () =>
      regionsOf(db, sql`SELECT coalesce(desa_code, kecamatan_code) FROM social_register WHERE id = ${id}`),
  });
}

/** One register entry, numbers masked as in lists. */
export async function getSocialEntry(
  db: TDb,
  actor: TActor,
  entryId: string,
  now: Date = new Date(),
): Promise<TSocialEntry> {
  requirePermission(actor, "social.read");
  const key = await findSocialEntry(db, actor, entryId);
  const [entry] = await loadSocialEntries(
    db,
    sql`s.kab_code = ${key.kab_code} AND s.id = ${key.id}`,
    sql``,
    latestLocalDate(now),
  );
  if (!entry) throw new Error("social entry vanished");
  return entry;
}
