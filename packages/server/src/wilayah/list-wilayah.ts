import type { TWilayahItem } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { levelName } from "./wilayah-views.ts";

interface TRow {
  code: string;
  name: string;
  level: number;
  parent_code: string | null;
  child_count: number;
}

/** The children of a region (provinces when `parentCode` is null), by name, with their child counts. */
export async function listWilayah(db: TDb, parentCode: string | null): Promise<TWilayahItem[]> {
  const rows = await queryRows<TRow>(
    db,
    sql`SELECT w.code, w.name, w.level, w.parent_code,
               (SELECT count(*)::int FROM wilayah c WHERE c.parent_code = w.code) AS child_count
        FROM wilayah w
        WHERE ${parentCode === null ? sql`w.parent_code IS NULL` : sql`w.parent_code = ${parentCode}`}
        ORDER BY w.name`,
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    level: levelName(r.level),
    parentCode: r.parent_code,
    childCount: r.child_count,
  }));
}
