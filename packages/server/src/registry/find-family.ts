import { sql } from "drizzle-orm";
import { recordFinder } from "../scope/record-finder.ts";
import { inScope } from "../scope/scope.ts";

/** A family row as stored. */
export interface TFamilyRow {
  id: string;
  kab_code: string;
  no_kk: string;
  desa_code: string;
  alamat: string | null;
  rt: string | null;
  rw: string | null;
  desil: number | null;
  status_rumah: string | null;
  lantai: string | null;
  dinding: string | null;
  atap: string | null;
  jamban: string | null;
  sumber_air: string | null;
  daya_listrik: string | null;
  status: string;
}

/**
 * Reads a family by its opaque id through the scope, for the family page and for every write on a
 * family alike: outside the caller's scope it answers 404 and leaves an `access.denied` audit row,
 * so a write cannot probe for families a read could not see.
 */
export const findFamily = recordFinder<TFamilyRow>({
  entityType: "keluarga",
  row: (id, actor) =>
    sql`SELECT * FROM keluarga k WHERE k.id = ${id} AND ${inScope(actor, sql`k.desa_code`)}`,
  regions: (id) => sql`SELECT desa_code FROM keluarga WHERE id = ${id}`,
});
