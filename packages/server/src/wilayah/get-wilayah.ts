import { AppError, AppErrorCode, type TWilayahDetail } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { ancestorCodes, levelName } from "./wilayah-views.ts";

interface TRow {
  code: string;
  name: string;
  level: number;
  parent_code: string | null;
}

/** Looks up region names for many codes at once (one query). */
export async function wilayahNames(db: TDb, codes: readonly string[]): Promise<Map<string, TRow>> {
  if (codes.length === 0) return new Map();
  const list = sql.join(
    [...new Set(codes)].map((c) => sql`${c}`),
    sql`, `,
  );
  const rows = await queryRows<TRow>(
    db,
    sql`SELECT code, name, level, parent_code FROM wilayah WHERE code IN (${list})`,
  );
  return new Map(rows.map((r) => [r.code, r]));
}

/** One region with its ancestors (province first) and number of children; 404 when unknown. */
export async function getWilayah(db: TDb, code: string): Promise<TWilayahDetail> {
  const names = await wilayahNames(db, [code, ...ancestorCodes(code)]);
  const row = names.get(code);
  if (!row) throw new AppError(AppErrorCode.NOT_FOUND, "wilayah not found");
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM wilayah WHERE parent_code = ${code}`,
  );
  const path = ancestorCodes(code).flatMap((c) => {
    const a = names.get(c);
    return a ? [{ code: a.code, name: a.name, level: levelName(a.level) }] : [];
  });
  return {
    code: row.code,
    name: row.name,
    level: levelName(row.level),
    parentCode: row.parent_code,
    childCount: count?.n ?? 0,
    path,
  };
}
