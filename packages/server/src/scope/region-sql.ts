import { kabupatenCodeOf, NATIONAL_SCOPE } from "@kawal/core";
import { type AnyColumn, type SQL, sql } from "drizzle-orm";

/**
 * True when the region code in `column` is `region` or lies below it (`35.17` holds `35.17.18.2001`);
 * `null` (no region asked for) and the whole country hold everything. With `kabColumn`, the table's
 * kabupaten column is compared as well: it leads the keys of the high-volume tables, so a kecamatan
 * is read within one kabupaten instead of across the country.
 */
export function inRegion(column: AnyColumn | SQL, region: string | null, kabColumn?: AnyColumn | SQL): SQL {
  if (region === null || region === NATIONAL_SCOPE) return sql`TRUE`;
  const below = sql`(${column} = ${region} OR ${column} LIKE ${`${region}.%`})`;
  if (kabColumn === undefined) return below;
  const kabupaten = kabupatenCodeOf(region);
  if (kabupaten === null) return sql`${kabColumn} LIKE ${`${region}.%`}`;
  if (kabupaten === region) return sql`${kabColumn} = ${kabupaten}`;
  return sql`(${kabColumn} = ${kabupaten} AND ${below})`;
}

/**
 * True when the scope code in `scopeColumn` (a `user_scope` row) holds `region`: the whole country,
 * the region itself, or a region above it. The SQL twin of core `wilayahContains`.
 */
export function scopeCodeHolds(scopeColumn: AnyColumn | SQL, region: AnyColumn | SQL | string): SQL {
  return sql`(${scopeColumn} = ${NATIONAL_SCOPE} OR ${region} = ${scopeColumn} OR ${region} LIKE ${scopeColumn} || '.%')`;
}
