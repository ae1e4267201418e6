import { caseloadLoad, isOverNorm, type TCaseloadUnit } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TCompanion } from "./caseload-views.ts";

interface TRow {
  id: string;
  username: string;
  full_name: string;
  role: string;
  disabled: boolean;
  scopes: string[];
  families: number;
  desa: number;
  norma: number | null;
  unit: TCaseloadUnit | null;
}

/** Users matching `where` (over `users u`) with their open assignments counted against their role's norm. */
export async function companionSummaries(db: TDb, where: SQL): Promise<TCompanion[]> {
  const rows = await queryRows<TRow>(
    db,
    sql`SELECT u.id, u.username, u.full_name, u.role, u.disabled,
               array(SELECT s.wilayah_code FROM user_scope s WHERE s.user_id = u.id ORDER BY 1) AS scopes,
               (SELECT count(*) FROM companion_family cf WHERE cf.user_id = u.id AND cf.selesai IS NULL)::int AS families,
               (SELECT count(*) FROM companion_desa cd WHERE cd.user_id = u.id AND cd.selesai IS NULL)::int AS desa,
               n.norma, n.unit
        FROM users u LEFT JOIN caseload_norm n ON n.role = u.role
        WHERE ${where}`,
  );
  return rows.map((r) => {
    const count = r.unit === "keluarga" ? r.families : r.desa;
    const load = caseloadLoad(count, r.norma);
    return {
      userId: r.id,
      username: r.username,
      fullName: r.full_name,
      role: r.role,
      disabled: r.disabled,
      scopes: r.scopes,
      families: r.families,
      desa: r.desa,
      norma: r.norma,
      unit: r.unit,
      load,
      overNorm: isOverNorm(load),
    };
  });
}

/** Heaviest load first; companions without a norm last; then by name. */
export function byLoad(a: TCompanion, b: TCompanion): number {
  const la = a.load ?? -1;
  const lb = b.load ?? -1;
  return lb - la || a.fullName.localeCompare(b.fullName, "id");
}
