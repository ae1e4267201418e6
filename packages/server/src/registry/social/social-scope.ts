import { type SQL, sql } from "drizzle-orm";
import type { TActor } from "../../scope/actor.ts";
import { inScope } from "../../scope/scope.ts";

/**
 * An entry's place is its desa when it has one, else its kecamatan. Scoping on that place lets a
 * kecamatan's TKSK see the whole register while a PSM of one desa sees that desa's entries only,
 * never the rest of the kecamatan.
 */
export const entryPlace: SQL = sql`coalesce(s.desa_code, s.kecamatan_code)`;

/** The one scope condition of every register query (`s` is `social_register`). */
export function entryInScope(actor: TActor): SQL {
  return inScope(actor, entryPlace);
}
