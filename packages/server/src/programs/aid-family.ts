import type { TFamilyAid } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { findFamily } from "../registry/find-family.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { aidViewOf, selectAid } from "./aid-view.ts";

/** A family's gifts, newest first, and the programmes it is enrolled in now (aktif or ditangguhkan). */
export async function listFamilyAid(db: TDb, actor: TActor, familyId: string): Promise<TFamilyAid> {
  requirePermission(actor, "aid.read");
  const family = await findFamily(db, actor, familyId);
  const rows = await selectAid(
    db,
    sql`b.kab_code = ${family.kab_code} AND b.no_kk = ${family.no_kk}`,
    sql`ORDER BY b.tanggal DESC, b.id DESC LIMIT 500`,
  );
  const programs = await queryRows<{ program_code: string }>(
    db,
    sql`SELECT DISTINCT program_code FROM enrolment
        WHERE kab_code = ${family.kab_code} AND no_kk = ${family.no_kk} AND status IN ('aktif', 'ditangguhkan')
        ORDER BY program_code`,
  );
  const items = rows.map(aidViewOf);
  return {
    items,
    programs: programs.map((p) => p.program_code),
    total: items.reduce((sum, item) => sum + item.nilai, 0),
  };
}
