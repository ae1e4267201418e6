import { AGENT_ID, AppError, AppErrorCode, type TAgentUserLink, type TAgentView } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit.ts";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { scopeCodeHolds } from "../../scope/region-sql.ts";
import { findInScope, inScope, regionsOf, requirePermission } from "../../scope/scope.ts";
import { listAgents } from "./list-agents.ts";

/**
 * Links an agent's own login (a user with role `agen` whose scope covers the agent's desa), or unlinks
 * it with null. The agent id comes from the URL: a malformed one cannot name an agent and is looked up
 * as a missing one; an agent outside the caller's scope answers 404 with an `access.denied` audit row.
 * An id used in two kabupaten of the scope is ambiguous and refused rather than guessed.
 */
export async function linkAgentUser(
  db: TDb,
  actor: TActor,
  idAgen: string,
  body: TAgentUserLink,
): Promise<TAgentView> {
  requirePermission(actor, "distribution.import");
  const id = AGENT_ID.test(idAgen) ? idAgen : "";
  const agents = await findInScope(db, actor, {
    entityType: "agen",
    entityId: id || "-",
    findInScope: async () => {
      const rows = await queryRows<{ kab_code: string; desa_code: string; user_id: string | null }>(
        db,
        sql`SELECT kab_code, desa_code, user_id FROM agen WHERE id_agen = ${id} AND ${inScope(actor, sql`desa_code`)}`,
      );
      return rows.length > 0 ? rows : undefined;
    },
    findRegions: () => regionsOf(db, sql`SELECT desa_code FROM agen WHERE id_agen = ${id}`),
  });
  if (agents.length > 1) {
    throw new AppError(AppErrorCode.CONFLICT, "agent id in two kabupaten", {
      fields: [
        {
          field: "id",
          message: {
            id: "ID agen ini ada di lebih dari satu kabupaten/kota dalam wilayah Anda",
            en: "This agent id exists in more than one kabupaten/kota of your area",
          },
        },
      ],
    });
  }
  const agent = agents[0] as { kab_code: string; desa_code: string; user_id: string | null };
  if (body.userId) {
    const [user] = await queryRows<{ ok: boolean }>(
      db,
      sql`SELECT true AS ok FROM users u
          WHERE u.id = ${body.userId} AND u.role = 'agen' AND NOT u.disabled
            AND EXISTS (SELECT 1 FROM user_scope s WHERE s.user_id = u.id
                          AND ${scopeCodeHolds(sql`s.wilayah_code`, agent.desa_code)})`,
    );
    if (!user) {
      throw new AppError(AppErrorCode.VALIDATION, "user cannot be this agent's login", {
        fields: [
          {
            field: "userId",
            message: {
              id: "pengguna harus berperan agen dan wilayahnya mencakup desa agen ini",
              en: "the user must have the agen role and a scope covering this agent's desa",
            },
          },
        ],
      });
    }
  }
  if ((agent.user_id ?? null) !== (body.userId ?? null)) {
    await db.transaction(async (tx) => {
      await tx.execute(
        sql`UPDATE agen SET user_id = ${body.userId}, updated_at = now()
            WHERE kab_code = ${agent.kab_code} AND id_agen = ${id}`,
      );
      await writeAudit(tx, {
        wilayahCode: agent.desa_code,
        actorId: actor.userId,
        action: "agent.user",
        entityType: "agen",
        entityId: `${agent.kab_code}:${id}`,
        data: { before: agent.user_id, after: body.userId },
      });
    });
  }
  // The answer is the agent just found in the caller's scope; a bank may link logins without reading
  // schedules, so the list is read as a role that may.
  const reader = { ...actor, permissions: [...actor.permissions, "schedule.read" as const] };
  const { items } = await listAgents(db, reader, { desa: agent.desa_code });
  const view = items.find((a) => a.idAgen === id);
  if (!view) throw new AppError(AppErrorCode.NOT_FOUND, "agen not found");
  return view;
}
