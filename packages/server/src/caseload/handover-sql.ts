import type { THandoverSummary } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { userInScope } from "../scope/user-scope.ts";
import { canManageCaseload } from "./companion-sql.ts";

/**
 * A handover (alias `h`) is visible to its two companions, and to a manager when both companions lie
 * inside the manager's scope.
 */
export function handoverVisible(actor: TActor): SQL {
  const party = sql`(h.to_user_id = ${actor.userId} OR h.from_user_id = ${actor.userId})`;
  if (!canManageCaseload(actor)) return party;
  return sql`(${party} OR (${userInScope(actor, sql`h.from_user_id`)} AND ${userInScope(actor, sql`h.to_user_id`)}))`;
}

interface TRow {
  id: string;
  kab_code: string;
  from_user_id: string;
  from_name: string;
  from_role: string;
  to_user_id: string;
  to_name: string;
  to_role: string;
  tanggal: string;
  alasan: string;
  created_at: Date | string;
  created_by: string;
  families: number;
  informed: number;
}

export type THandoverRow = THandoverSummary & { kabCode: string };

/** Handovers matching `where` (over `handover h`), newest first, with their progress. */
export async function handoverSummaries(db: TDb, where: SQL, limit = 200): Promise<THandoverRow[]> {
  const rows = await queryRows<TRow>(
    db,
    sql`SELECT h.id, h.kab_code, h.from_user_id, fu.full_name AS from_name, fu.role AS from_role,
               h.to_user_id, tu.full_name AS to_name, tu.role AS to_role, h.tanggal::text AS tanggal,
               h.alasan, h.created_at, h.created_by,
               (SELECT count(*) FROM handover_family hf WHERE hf.kab_code = h.kab_code AND hf.handover_id = h.id)::int AS families,
               (SELECT count(*) FROM handover_family hf WHERE hf.kab_code = h.kab_code AND hf.handover_id = h.id
                  AND hf.informed_at IS NOT NULL)::int AS informed
        FROM handover h
        JOIN users fu ON fu.id = h.from_user_id
        JOIN users tu ON tu.id = h.to_user_id
        WHERE ${where}
        ORDER BY h.created_at DESC, h.id
        LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    id: r.id,
    kabCode: r.kab_code,
    dari: { userId: r.from_user_id, fullName: r.from_name, role: r.from_role },
    ke: { userId: r.to_user_id, fullName: r.to_name, role: r.to_role },
    tanggal: r.tanggal,
    alasan: r.alasan,
    createdAt: new Date(r.created_at).toISOString(),
    createdBy: r.created_by,
    families: r.families,
    informed: r.informed,
  }));
}
