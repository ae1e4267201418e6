import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { inAgentScope } from "../scope/agent-scope.ts";
import { findInScope, regionsOf } from "../scope/scope.ts";

export interface TAgentRow {
  kab_code: string;
  id_agen: string;
  nama: string;
  desa_code: string;
}

/** The agent of that id inside the caller's scope, if any (no audit: see `findAgentInScope`). */
export async function agentInScope(db: TDb, actor: TActor, idAgen: string): Promise<TAgentRow | undefined> {
  const [row] = await queryRows<TAgentRow>(
    db,
    sql`SELECT a.kab_code, a.id_agen, a.nama, a.desa_code FROM agen a
        WHERE a.id_agen = ${idAgen} AND ${inAgentScope(actor, sql`a.desa_code`, sql`a.id_agen`)}
        ORDER BY a.kab_code LIMIT 1`,
  );
  return row;
}

/**
 * An agent the caller may check: outside the scope it answers 404 like a missing agent and leaves an
 * `access.denied` audit row in its own transaction (so it must not run inside the write's transaction).
 */
export function findAgentInScope(db: TDb, actor: TActor, idAgen: string): Promise<TAgentRow> {
  return findInScope(db, actor, {
    entityType: "agen",
    entityId: idAgen,
    findInScope: () => agentInScope(db, actor, idAgen),
    findRegions: () =>
      regionsOf(db, sql`SELECT desa_code FROM agen WHERE id_agen = ${idAgen} ORDER BY kab_code`),
  });
}
