import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { inRegion } from "../../scope/region-sql.ts";
import { inScope } from "../../scope/scope.ts";
import type { TBirthChunk } from "./birth-chunks.ts";

/** Where a scan looks: members in `region` (null: everywhere), paired only inside `within`'s scope. */
export interface TScanArea {
  region: string | null;
  within: TActor;
}

/**
 * `r` is a member in the region, `o` its counterpart anywhere in scope; both active. When `o` lies in
 * the region too, the pair is also met from `o`'s side, so only the side with the smaller key keeps it.
 */
function pairConditions(area: TScanArea, smallerSide: SQL): SQL {
  const visible = (member: string) => inScope(area.within, sql.raw(`${member}.desa_code`));
  const inArea = (member: string) =>
    inRegion(sql.raw(`${member}.desa_code`), area.region, sql.raw(`${member}.kab_code`));
  return sql`r.status = 'aktif' AND o.status = 'aktif'
    AND ${inArea("r")} AND ${visible("r")} AND ${visible("o")}
    AND (${smallerSide} OR NOT ${inArea("o")})`;
}

/** Runs an `INSERT … RETURNING 1` and counts the rows it added. */
async function countAdded(db: TDb, insert: SQL): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`WITH added AS (${insert}) SELECT count(*)::int AS n FROM added`,
  );
  return row?.n ?? 0;
}

/**
 * One NIK active in two kabupaten (inside one, the primary key forbids it): found through
 * `anggota_nik_idx`, stored under the smaller kabupaten. A decided pair keeps its decision.
 */
export function insertSameNikPairs(db: TDb, area: TScanArea): Promise<number> {
  return countAdded(
    db,
    sql`INSERT INTO duplicate_pair (kab_code, kind, kab_a, nik_a, kab_b, nik_b, score)
        SELECT LEAST(r.kab_code, o.kab_code), 'nik_sama', LEAST(r.kab_code, o.kab_code), r.nik,
               GREATEST(r.kab_code, o.kab_code), o.nik, 1
        FROM anggota r JOIN anggota o ON o.nik = r.nik AND o.kab_code <> r.kab_code
        WHERE ${pairConditions(area, sql`o.kab_code > r.kab_code`)}
        ON CONFLICT ON CONSTRAINT duplicate_pair_members_key DO NOTHING
        RETURNING 1`,
  );
}

/**
 * Two active members of one kabupaten born on the same date, with different NIKs and names at least
 * `nameSimilarity` alike, in one birth-year slice. The join is on (kab_code, tanggal_lahir), which
 * `anggota_birth_idx` serves. pg_trgm folds case itself (`similarity('SITI', 'siti')` is 1), so the
 * names go in as stored: the same result as comparing `lower(nama)`, without lowering each name once
 * per comparison (a sixth of the scan's time at a million members).
 */
export function insertSimilarPairs(
  db: TDb,
  area: TScanArea,
  chunk: TBirthChunk,
  nameSimilarity: number,
): Promise<number> {
  const born = (member: string) =>
    sql`${sql.raw(`${member}.tanggal_lahir`)} >= ${chunk.from}::date AND ${sql.raw(`${member}.tanggal_lahir`)} < ${chunk.to}::date`;
  return countAdded(
    db,
    sql`INSERT INTO duplicate_pair (kab_code, kind, kab_a, nik_a, kab_b, nik_b, score)
        SELECT r.kab_code, 'mirip', r.kab_code, LEAST(r.nik, o.nik), r.kab_code, GREATEST(r.nik, o.nik),
               similarity(r.nama, o.nama)
        FROM anggota r
        JOIN anggota o ON o.kab_code = r.kab_code AND o.tanggal_lahir = r.tanggal_lahir AND o.nik <> r.nik
        WHERE r.kab_code = ${chunk.kabCode} AND ${born("r")} AND ${born("o")}
          AND ${pairConditions(area, sql`o.nik > r.nik`)}
          AND similarity(r.nama, o.nama) >= ${nameSimilarity}::real
        ON CONFLICT ON CONSTRAINT duplicate_pair_members_key DO NOTHING
        RETURNING 1`,
  );
}
