import { AppError, AppErrorCode } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { inAgentScope } from "../../scope/agent-scope.ts";
import { findInScope, regionsOf } from "../../scope/scope.ts";

export interface TAgentRow {
  kab_code: string;
  id_agen: string;
  desa_code: string;
  nama: string;
}

const pickAgent = (message: { id: string; en: string }) =>
  new AppError(AppErrorCode.VALIDATION, "agent required", { fields: [{ field: "idAgen", message }] });

/**
 * The agent a counter entry is for, through the agent scope: an agent's own login may only name the
 * shops linked to it (and may leave the id out when it runs one); anyone else must name an agent of
 * its area. An agent outside the scope answers 404 and leaves an `access.denied` audit row.
 */
export async function findAgentForEntry(
  db: TDb,
  actor: TActor,
  idAgen: string | undefined,
): Promise<TAgentRow> {
  const scope = inAgentScope(actor, sql`a.desa_code`, sql`a.id_agen`);
  if (idAgen === undefined) {
    if (actor.role !== "agen") {
      throw pickAgent({ id: "pilih agen", en: "choose the agent" });
    }
    const own = await queryRows<TAgentRow>(
      db,
      sql`SELECT a.kab_code, a.id_agen, a.desa_code, a.nama FROM agen a WHERE a.aktif AND ${scope}
          ORDER BY a.kab_code, a.id_agen LIMIT 2`,
    );
    if (own.length === 0) throw new AppError(AppErrorCode.NOT_FOUND, "no agent linked to this login");
    if (own.length > 1) {
      throw pickAgent({
        id: "akun ini terhubung ke beberapa agen; pilih agennya",
        en: "this login is linked to several agents; choose one",
      });
    }
    return own[0] as TAgentRow;
  }
  return findInScope(db, actor, {
    entityType: "agen",
    entityId: idAgen,
    findInScope: async () =>
      (
        await queryRows<TAgentRow>(
          db,
          sql`SELECT a.kab_code, a.id_agen, a.desa_code, a.nama FROM agen a
              WHERE a.id_agen = ${idAgen} AND a.aktif AND ${scope} ORDER BY a.kab_code LIMIT 1`,
        )
      )[0],
    findRegions: () =>
      regionsOf(db, sql`SELECT desa_code FROM agen WHERE id_agen = ${idAgen} ORDER BY kab_code LIMIT 1`),
  });
}
