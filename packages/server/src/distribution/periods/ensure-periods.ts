import { monthBounds } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";

export interface TPeriodKey {
  program: string;
  periode: string;
  tahap: number | null;
}

/**
 * Opens the periods a payment list names that do not exist yet: the SP2D is what opens a period, so a
 * list for a new month opens it with the month's first and last day. An existing period is left as it
 * is; two imports racing on the same new period open it once (the primary key settles it). Answers the
 * periods this call opened.
 */
export async function ensurePeriods(
  tx: TDb,
  rows: readonly TPeriodKey[],
  createdBy: string | null = null,
): Promise<TPeriodKey[]> {
  if (rows.length === 0) return [];
  const values = rows.map((r) => {
    const { mulai, selesai } = monthBounds(r.periode);
    return sql`(${r.program}, ${r.periode}, ${r.tahap}::smallint, ${mulai}::date, ${selesai}::date)`;
  });
  // Sorted so two transactions opening the same periods take their locks in one order.
  return (
    await queryRows<{ program: string; periode: string; tahap: number | null }>(
      tx,
      sql`INSERT INTO periode_penyaluran (program_code, periode, tahap, mulai, selesai, created_by)
          SELECT v.program, v.periode, v.tahap, v.mulai, v.selesai, ${createdBy}::uuid
          FROM (VALUES ${sql.join(values, sql`, `)}) AS v (program, periode, tahap, mulai, selesai)
          ORDER BY v.program, v.periode
          ON CONFLICT (program_code, periode) DO NOTHING
          RETURNING program_code AS program, periode, tahap`,
    )
  ).sort((a, b) => a.program.localeCompare(b.program) || a.periode.localeCompare(b.periode));
}
