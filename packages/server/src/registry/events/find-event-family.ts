import { sql } from "drizzle-orm";
import type { TDb } from "../../db/database.ts";
import type { TFamilyRow } from "../find-family.ts";

/** The family a life event is recorded on (read with `findFamily`): its keys and desa. */
export type TEventFamily = Pick<TFamilyRow, "id" | "kab_code" | "no_kk" | "desa_code">;

/**
 * Locks the family row for the event's transaction: events of one family queue, so a retried request
 * finds the first one's row (the idempotency check) and two events never judge the same member state.
 */
export async function lockEventFamily(tx: TDb, family: TEventFamily): Promise<void> {
  await tx.execute(
    sql`SELECT 1 FROM keluarga WHERE kab_code = ${family.kab_code} AND no_kk = ${family.no_kk} FOR UPDATE`,
  );
}
