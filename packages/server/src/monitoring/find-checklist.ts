import { sql } from "drizzle-orm";
import { inAgentScope } from "../scope/agent-scope.ts";
import { recordFinder } from "../scope/record-finder.ts";

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
export const findChecklist = recordFinder<TChecklistRow>({
  entityType: "monitoring_6t",
  row: (id, actor) =>
    sql`SELECT m.kab_code, m.id, m.program_code, m.periode, m.id_agen, m.desa_code, m.tanggal::text AS tanggal,
               m.skor, m.catatan, m.petugas_id
        FROM monitoring_6t m
        WHERE m.id = ${id} AND ${inAgentScope(actor, sql`m.desa_code`, sql`m.id_agen`)}`,
  regions: (id) => sql`SELECT desa_code FROM monitoring_6t WHERE id = ${id}`,
});
