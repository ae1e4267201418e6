import type { TCardStaffOption, TCardStaffQuery } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { userWorksNear } from "../scope/user-scope.ts";

const PICKER_LIMIT = 20;

/**
 * The staff a card may be handed to, for the hand-over form: the caller first, then active accounts
 * working in the caller's area (a scope inside it, or one above it, such as the Dinas Sosial officer
 * of the kabupaten). Companions have no right to list users; this shows names and roles only.
 */
export async function listCardStaff(
  db: TDb,
  actor: TActor,
  query: TCardStaffQuery,
): Promise<{ items: TCardStaffOption[] }> {
  requirePermission(actor, "card.manage");
  if (actor.scopes.length === 0) return { items: [] };
  const q = query.q?.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await queryRows<{ id: string; full_name: string; role: string }>(
    db,
    sql`SELECT u.id, u.full_name, u.role FROM users u
        WHERE NOT u.disabled AND u.role <> 'kpm'
          AND (u.id = ${actor.userId} OR ${userWorksNear(actor)})
          ${q ? sql`AND (lower(u.full_name) LIKE ${`%${q}%`} OR lower(u.username) LIKE ${`%${q}%`})` : sql``}
        ORDER BY (u.id = ${actor.userId}) DESC, u.full_name, u.id
        LIMIT ${PICKER_LIMIT}`,
  );
  return { items: rows.map((r) => ({ id: r.id, fullName: r.full_name, role: r.role })) };
}
