import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { findInScope, inScope } from "../../scope/scope.ts";

/** The family a life event is recorded on: its keys, and its desa for the scope and the audit chain. */
export interface TEventFamily {
  id: string;
  kab_code: string;
  no_kk: string;
  desa_code: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NO_SUCH_ID = "00000000-0000-0000-0000-000000000000";

/**
 * Reads the family by its opaque id through the scope, exactly as the family page does: outside the
 * caller's scope it answers 404 and leaves an `access.denied` audit row, so a write cannot probe for
 * families a read could not see.
 */
export async function findEventFamily(db: TDb, actor: TActor, familyId: string): Promise<TEventFamily> {
  // A malformed id cannot name a family; it is looked up as one that does not exist, never sent as a uuid.
  const id = uuidPattern.test(familyId) ? familyId : NO_SUCH_ID;
  return findInScope(db, actor, {
    entityType: "keluarga",
    entityId: familyId,
    findInScope: async () =>
      (
        await queryRows<TEventFamily>(
          db,
          sql`SELECT k.id, k.kab_code, k.no_kk, k.desa_code FROM keluarga k
              WHERE k.id = ${id} AND ${inScope(actor, sql`k.desa_code`)}`,
        )
      )[0],
    findRegions: async () => {
      const [row] = await queryRows<{ desa_code: string }>(
        db,
        sql`SELECT desa_code FROM keluarga WHERE id = ${id}`,
      );
      return row ? [row.desa_code] : undefined;
    },
  });
}

/**
 * Locks the family row for the event's transaction: events of one family queue, so a retried request
 * finds the first one's row (the idempotency check) and two events never judge the same member state.
 */
export async function lockEventFamily(tx: TDb, family: TEventFamily): Promise<void> {
  await tx.execute(
    sql`SELECT 1 FROM keluarga WHERE kab_code = ${family.kab_code} AND no_kk = ${family.no_kk} FOR UPDATE`,
  );
}
