import type { TAgentListQuery, TAgentView } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { inAgentScope } from "../../scope/agent-scope.ts";
import { requirePermission } from "../../scope/scope.ts";
import { regionRefOf } from "../../wilayah/wilayah-views.ts";

/**
 * The agents of the caller's scope (by the agent's desa), or of one desa, optionally searched by name or
 * id; an agent's own login sees only its own agent. At most 500: a kabupaten has a few hundred.
 */
export async function listAgents(
  db: TDb,
  actor: TActor,
  query: TAgentListQuery,
): Promise<{ items: TAgentView[] }> {
  requirePermission(actor, "schedule.read");
  const desa = query.desa ? sql`AND a.desa_code = ${query.desa}` : sql``;
  const q = query.q
    ? sql`AND (lower(a.nama) LIKE ${`%${query.q.toLowerCase()}%`} OR lower(a.id_agen) LIKE ${`%${query.q.toLowerCase()}%`})`
    : sql``;
  const rows = await queryRows<{
    id_agen: string;
    nama: string;
    bank: string;
    alamat: string | null;
    lat: number | null;
    lon: number | null;
    aktif: boolean;
    desa_code: string;
    desa_name: string | null;
    user_id: string | null;
    username: string | null;
    full_name: string | null;
  }>(
    db,
    sql`SELECT a.id_agen, a.nama, a.bank, a.alamat, a.lat, a.lon, a.aktif, a.desa_code, w.name AS desa_name,
               u.id AS user_id, u.username, u.full_name
        FROM agen a
        LEFT JOIN wilayah w ON w.code = a.desa_code
        LEFT JOIN users u ON u.id = a.user_id
        WHERE ${inAgentScope(actor, sql`a.desa_code`, sql`a.id_agen`)} ${desa} ${q}
        ORDER BY w.name, a.nama, a.id_agen
        LIMIT 500`,
  );
  return {
    items: rows.map((r) => ({
      idAgen: r.id_agen,
      nama: r.nama,
      bank: r.bank,
      alamat: r.alamat,
      lat: r.lat === null ? null : Number(r.lat),
      lon: r.lon === null ? null : Number(r.lon),
      aktif: r.aktif,
      desa: regionRefOf(r.desa_code, r.desa_name),
      user: r.user_id ? { id: r.user_id, username: r.username ?? "", fullName: r.full_name ?? "" } : null,
    })),
  };
}
