import { aspects6T, checklistScore, type TMonitoringAspectInput } from "@kawal/core";
import { sql } from "drizzle-orm";
import type { TDb } from "../db/database.ts";

/** The six aspects in the order of docs/domain.md, for ordering rows in SQL. */
export const aspekOrder = sql.raw(`ARRAY[${aspects6T.map((a) => `'${a}'`).join(", ")}]::text[]`);

/** What the audit row keeps of a checklist: no free text (the log outlives every correction). */
export function auditFacts(tanggal: string, aspek: readonly TMonitoringAspectInput[]) {
  return {
    tanggal,
    skor: checklistScore(aspek),
    tidakSesuai: aspek.filter((a) => !a.sesuai).map((a) => a.aspek),
    tindakLanjut: aspek.filter((a) => a.tindakLanjut).map((a) => a.aspek),
  };
}

/** Writes a checklist's six aspect rows in one statement; a follow-up given opens it (`terbuka`). */
export async function insertAspects(
  tx: TDb,
  kabCode: string,
  monitoringId: string,
  aspek: readonly TMonitoringAspectInput[],
): Promise<void> {
  const rows = aspek.map(
    (a) =>
      sql`(${kabCode}, ${monitoringId}::uuid, ${a.aspek}, ${a.sesuai}, ${a.temuan || null}, ${a.tindakLanjut || null},
           ${a.tindakLanjut ? "terbuka" : null})`,
  );
  await tx.execute(
    sql`INSERT INTO monitoring_6t_aspek (kab_code, monitoring_id, aspek, sesuai, temuan, tindak_lanjut, tindak_lanjut_status)
        VALUES ${sql.join(rows, sql`, `)}`,
  );
}
