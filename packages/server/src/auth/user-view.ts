import { NATIONAL_SCOPE, type TRole, type TScopeView, type TUserView } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { wilayahNames } from "../wilayah/get-wilayah.ts";
import { levelName } from "../wilayah/wilayah-views.ts";

interface TUserRow {
  id: string;
  username: string;
  full_name: string;
  role: TRole;
  disabled: boolean;
  created_at: Date | string;
  scopes: string[] | null;
}

/** Selects users with their scope codes; `where` and `tail` (order, limit) are the caller's. */
export function userRowsQuery(where: SQL, tail: SQL = sql``): SQL {
  return sql`SELECT u.id, u.username, u.full_name, u.role, u.disabled, u.created_at,
                    array_remove(array_agg(s.wilayah_code ORDER BY s.wilayah_code), NULL) AS scopes
             FROM users u LEFT JOIN user_scope s ON s.user_id = u.id
             WHERE ${where}
             GROUP BY u.id ${tail}`;
}

/** Names the scope codes of many users with one lookup. */
export async function scopeViews(db: TDb, codes: readonly string[]): Promise<Map<string, TScopeView>> {
  const names = await wilayahNames(
    db,
    codes.filter((c) => c !== NATIONAL_SCOPE),
  );
  const views = new Map<string, TScopeView>([
    [NATIONAL_SCOPE, { code: NATIONAL_SCOPE, name: "Indonesia", level: "nasional" }],
  ]);
  for (const [code, row] of names) views.set(code, { code, name: row.name, level: levelName(row.level) });
  return views;
}

export async function loadUserViews(db: TDb, where: SQL, tail?: SQL): Promise<TUserView[]> {
  const rows = await queryRows<TUserRow>(db, userRowsQuery(where, tail));
  const views = await scopeViews(
    db,
    rows.flatMap((r) => r.scopes ?? []),
  );
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    role: r.role,
    disabled: r.disabled,
    createdAt: new Date(r.created_at).toISOString(),
    scopes: (r.scopes ?? []).map((code) => views.get(code) ?? { code, name: code, level: "desa" as const }),
  }));
}
