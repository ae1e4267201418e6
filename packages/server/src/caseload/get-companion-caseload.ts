import { maskNumber, type TCompanionCaseload } from "@kawal/core";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { inScope, requirePermission } from "../scope/scope.ts";
import { regionRefOf } from "../wilayah/wilayah-views.ts";
import { canManageCaseload } from "./companion-sql.ts";
import { companionSummaries } from "./companion-summary.ts";
import { findCompanion } from "./find-companion.ts";

export const ZCaseloadPageQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type TCaseloadPageQuery = z.infer<typeof ZCaseloadPageQuery>;

/**
 * One companion's desa and families (No. KK masked, the head's name, the opaque family id for links).
 * A manager sees only the families of its own scope; the companion sees all of its own.
 */
export async function getCompanionCaseload(
  db: TDb,
  actor: TActor,
  userId: string,
  query: TCaseloadPageQuery,
): Promise<TCompanionCaseload> {
  requirePermission(actor, "caseload.read");
  const user = await findCompanion(db, actor, userId);
  const [companion] = await companionSummaries(db, sql`u.id = ${user.id}`);
  if (!companion) throw new Error("companion vanished");
  const mine = user.id === actor.userId;
  const familyScope = mine || !canManageCaseload(actor) ? sql`TRUE` : inScope(actor, sql`cf.desa_code`);
  const desa = await queryRows<{ id: string; code: string; name: string | null; mulai: string }>(
    db,
    sql`SELECT cd.id, cd.desa_code AS code, w.name, cd.mulai::text AS mulai
        FROM companion_desa cd LEFT JOIN wilayah w ON w.code = cd.desa_code
        WHERE cd.user_id = ${user.id} AND cd.selesai IS NULL
        ORDER BY w.name, cd.desa_code`,
  );
  const [total] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM companion_family cf
        WHERE cf.user_id = ${user.id} AND cf.selesai IS NULL AND ${familyScope}`,
  );
  const families = await queryRows<{
    family_id: string | null;
    no_kk: string;
    desa_code: string;
    desa_name: string | null;
    mulai: string;
    head: string | null;
  }>(
    db,
    sql`SELECT k.id AS family_id, cf.no_kk, cf.desa_code, w.name AS desa_name, cf.mulai::text AS mulai,
               (SELECT a.nama FROM anggota a
                WHERE a.kab_code = cf.kab_code AND a.no_kk = cf.no_kk AND a.hubungan = 'kepala'
                ORDER BY (a.status = 'aktif') DESC LIMIT 1) AS head
        FROM companion_family cf
        LEFT JOIN keluarga k ON k.kab_code = cf.kab_code AND k.no_kk = cf.no_kk
        LEFT JOIN wilayah w ON w.code = cf.desa_code
        WHERE cf.user_id = ${user.id} AND cf.selesai IS NULL AND ${familyScope}
        ORDER BY w.name, head, cf.no_kk
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
  );
  return {
    companion,
    desa: desa.map((d) => ({ assignmentId: d.id, code: d.code, name: d.name ?? d.code, mulai: d.mulai })),
    families: {
      items: families.map((f) => ({
        familyId: f.family_id,
        noKk: maskNumber(f.no_kk),
        headName: f.head,
        desa: regionRefOf(f.desa_code, f.desa_name),
        mulai: f.mulai,
      })),
      total: total?.n ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    },
  };
}
