import { type TWilayahLevel, type TWilayahSearchHit, wilayahLevels } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { inRegion } from "../scope/region-sql.ts";
import { wilayahNames } from "./get-wilayah.ts";
import { ancestorCodes, levelName } from "./wilayah-views.ts";

export interface TWilayahSearch {
  q: string;
  level?: TWilayahLevel | undefined;
  /** Restrict hits to regions inside this code (e.g. desa of one kabupaten). */
  within?: string | undefined;
  limit: number;
}

/**
 * Search by name: names starting with the query rank first, then names containing it; the trigram
 * index on lower(name) serves the ILIKE. Each hit carries its path so "Kedungrejo" in two kabupaten
 * can be told apart.
 */
export async function searchWilayah(db: TDb, search: TWilayahSearch): Promise<TWilayahSearchHit[]> {
  const q = search.q
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`);
  if (q.length === 0) return [];
  const level = search.level ? wilayahLevels.indexOf(search.level) + 1 : null;
  const rows = await queryRows<{ code: string; name: string; level: number; parent_code: string | null }>(
    db,
    sql`SELECT code, name, level, parent_code FROM wilayah
        WHERE lower(name) LIKE ${`%${q}%`}
          ${level ? sql`AND level = ${level}` : sql``}
          AND ${inRegion(sql`code`, search.within ?? null)}
        ORDER BY (lower(name) LIKE ${`${q}%`}) DESC, level, name, code
        LIMIT ${search.limit}`,
  );
  const names = await wilayahNames(
    db,
    rows.flatMap((r) => ancestorCodes(r.code)),
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    level: levelName(r.level),
    parentCode: r.parent_code,
    path: ancestorCodes(r.code).flatMap((c) => {
      const a = names.get(c);
      return a ? [{ code: a.code, name: a.name, level: levelName(a.level) }] : [];
    }),
  }));
}
