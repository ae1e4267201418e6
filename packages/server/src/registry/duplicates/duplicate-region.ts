import { kabupatenCodeOf, NATIONAL_SCOPE } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";

/**
 * True for a member (table alias `member`) of anggota whose desa lies in `region`, or for every member
 * when `region` is null or the whole country. The kabupaten is spelled out as well as the desa prefix: `kab_code` leads
 * the member indexes, so a kecamatan scan reads one kabupaten, not the whole registry.
 */
export function regionCondition(region: string | null, member: string): SQL {
  if (region === null || region === NATIONAL_SCOPE) return sql`TRUE`;
  const kab = sql.raw(`${member}.kab_code`);
  const desa = sql.raw(`${member}.desa_code`);
  const kabupaten = kabupatenCodeOf(region);
  if (kabupaten === null) return sql`${kab} LIKE ${`${region}.%`}`;
  if (kabupaten === region) return sql`${kab} = ${kabupaten}`;
  return sql`(${kab} = ${kabupaten} AND (${desa} = ${region} OR ${desa} LIKE ${`${region}.%`}))`;
}
