import { caseloadLoad, isOverNorm, type TCaseloadUnit, type TCompanion } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TCompanionRow } from "./find-companion.ts";
import { normJoins, userKabupaten } from "./norm-sql.ts";

/** A companion as `findCompanion` reads it, with its caseload counts and the norm it is held to. */
interface TRow extends TCompanionRow {
  families: number;
  desa: number;
  norma: number | null;
  unit: TCaseloadUnit | null;
  norma_from: string | null;
}

/**
 * Users matching `where` (over `users u`) with their open assignments counted against their role's norm:
 * their kabupaten's own norm when it set one, else the national default.
 */
export async function companionSummaries(db: TDb, where: SQL): Promise<TCompanion[]> {
  const rows = await queryRows<TRow>(
    db,
    sql`SELECT u.id, u.username, u.full_name, u.role, u.disabled,
               array(SELECT s.wilayah_code FROM user_scope s WHERE s.user_id = u.id ORDER BY 1) AS scopes,
               (SELECT count(*) FROM companion_family cf WHERE cf.user_id = u.id AND cf.selesai IS NULL)::int AS families,
               (SELECT count(*) FROM companion_desa cd WHERE cd.user_id = u.id AND cd.selesai IS NULL)::int AS desa,
               COALESCE(nk.norma, nn.norma) AS norma, COALESCE(nk.unit, nn.unit) AS unit,
               COALESCE(nk.wilayah_code, nn.wilayah_code) AS norma_from
        FROM users u CROSS JOIN LATERAL (SELECT ${userKabupaten(sql`u.id`)} AS kab) k
        ${normJoins(sql`k.kab`)}
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
      normaFrom: r.norma_from,
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
