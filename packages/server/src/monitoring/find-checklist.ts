import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { inAgentScope } from "../scope/agent-scope.ts";
import { lookupId } from "../scope/record-id.ts";
import { findInScope, regionsOf } from "../scope/scope.ts";

/** A checklist row as stored. */
export interface TChecklistRow {
  kab_code: string;
  id: string;
  program_code: string;
  periode: string;
  id_agen: string;
  desa_code: string;
  tanggal: string;
  skor: number;
  catatan: string | null;
  petugas_id: string;
}

/**
 * Reads a checklist by its id through the agent scope (the agent's desa). Outside the scope it answers
 * 404 and leaves an `access.denied` audit row, for reads and writes alike.
 */
export async function findChecklist(db: TDb, actor: TActor, monitoringId: string): Promise<TChecklistRow> {
  const id = lookupId(monitoringId);
  return findInScope(db, actor, {
    entityType: "monitoring_6t",
    entityId: monitoringId,
    findInScope: async () =>
      (
        await queryRows<TChecklistRow>(
          db,
          sql`SELECT m.kab_code, m.id, m.program_code, m.periode, m.id_agen, m.desa_code, m.tanggal::text AS tanggal,
                     m.skor, m.catatan, m.petugas_id
              FROM monitoring_6t m
              WHERE m.id = ${id} AND ${inAgentScope(actor, sql`m.desa_code`, sql`m.id_agen`)}`,
        )
      )[0],
    findRegions: () => regionsOf(db, sql`SELECT desa_code FROM monitoring_6t WHERE id = ${id}`),
  });
}
