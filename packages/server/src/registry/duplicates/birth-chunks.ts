import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { inRegion } from "../../scope/region-sql.ts";
import { inScope } from "../../scope/scope.ts";

/** A slice of the likely-duplicate scan: one kabupaten's members born in [from, to). */
export interface TBirthChunk {
  kabCode: string;
  from: string;
  to: string;
  /** Active members of the region in the slice: the scan's progress is counted in them. */
  members: number;
}

/**
 * About how many members one statement compares. Pairs only form within one birth date, so slices of
 * birth years are exact; at this size a statement takes a second or two on PostgreSQL, so progress
 * moves and, on PGlite's single connection, other requests get their turn between slices.
 */
export const CHUNK_MEMBERS = 20_000;

/**
 * Cuts the region's active members into slices of consecutive birth years per kabupaten, each of
 * about `CHUNK_MEMBERS` (a year is never split), from one grouped count.
 */
export async function planBirthChunks(
  db: TDb,
  region: string | null,
  within: TActor,
  chunkMembers: number = CHUNK_MEMBERS,
): Promise<TBirthChunk[]> {
  const years = await queryRows<{ kab_code: string; year: number; n: number }>(
    db,
    sql`SELECT r.kab_code, extract(year FROM r.tanggal_lahir)::int AS year, count(*)::int AS n
        FROM anggota r
        WHERE r.status = 'aktif' AND ${inRegion(sql`r.desa_code`, region, sql`r.kab_code`)} AND ${inScope(within, sql`r.desa_code`)}
        GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  const chunks: TBirthChunk[] = [];
  let open: TBirthChunk | null = null;
  for (const { kab_code: kabCode, year, n } of years) {
    const to = `${String(year + 1).padStart(4, "0")}-01-01`;
    if (open && open.kabCode === kabCode && open.members < chunkMembers) {
      open.to = to;
      open.members += n;
    } else {
      open = { kabCode, from: `${String(year).padStart(4, "0")}-01-01`, to, members: n };
      chunks.push(open);
    }
  }
  return chunks;
}
