import type { TMapDesa } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { inScope, requirePermission } from "../scope/scope.ts";
import { canManageCaseload } from "./companion-sql.ts";

/**
 * The desa served in the actor's scope (by a desa assignment or by PKH families there) with their
 * companions and point; a desa with no point in `wilayah_location` comes without one. A companion who
 * does not manage sees its own desa only.
 */
export async function listCaseloadMap(db: TDb, actor: TActor): Promise<{ items: TMapDesa[] }> {
  requirePermission(actor, "caseload.read");
  const visible = (alias: string) =>
    canManageCaseload(actor)
      ? inScope(actor, sql.raw(`${alias}.desa_code`))
      : sql`${sql.raw(`${alias}.user_id`)} = ${actor.userId}`;
  const rows = await queryRows<{
    code: string;
    name: string | null;
    lat: number | null;
    lon: number | null;
    families: number;
    companions: { userId: string; fullName: string; role: string }[];
  }>(
    db,
    sql`WITH served AS (
          SELECT cd.desa_code, cd.user_id FROM companion_desa cd WHERE cd.selesai IS NULL AND ${visible("cd")}
          UNION
          SELECT cf.desa_code, cf.user_id FROM companion_family cf WHERE cf.selesai IS NULL AND ${visible("cf")}
        )
        SELECT s.desa_code AS code, w.name, l.lat, l.lon,
               (SELECT count(*) FROM companion_family f WHERE f.desa_code = s.desa_code AND f.selesai IS NULL)::int AS families,
               jsonb_agg(DISTINCT jsonb_build_object('userId', u.id, 'fullName', u.full_name, 'role', u.role)) AS companions
        FROM served s
        JOIN users u ON u.id = s.user_id
        LEFT JOIN wilayah w ON w.code = s.desa_code
        LEFT JOIN wilayah_location l ON l.code = s.desa_code
        GROUP BY s.desa_code, w.name, l.lat, l.lon
        ORDER BY w.name, s.desa_code`,
  );
  return {
    items: rows.map((r) => ({
      code: r.code,
      name: r.name ?? r.code,
      lat: r.lat === null ? null : Number(r.lat),
      lon: r.lon === null ? null : Number(r.lon),
      families: r.families,
      companions: [...r.companions].sort((a, b) => a.fullName.localeCompare(b.fullName, "id")),
    })),
  };
}
