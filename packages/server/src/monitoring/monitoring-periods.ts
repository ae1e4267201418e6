import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";

/**
 * The programme's periods, newest first, and the one a page opens on when none is asked for: the
 * latest that has begun (a period opened ahead of time has nothing to check yet), else the latest.
 */
export async function monitoringPeriods(
  db: TDb,
  program: string,
  asked: string | undefined,
  now: Date,
): Promise<{ periods: string[]; periode: string | null }> {
  const rows = await queryRows<{ periode: string }>(
    db,
    sql`SELECT periode FROM periode_penyaluran WHERE program_code = ${program} ORDER BY periode DESC`,
  );
  const periods = rows.map((r) => r.periode);
  if (asked) return { periods, periode: asked };
  const month = now.toISOString().slice(0, 7);
  return { periods, periode: periods.find((p) => p <= month) ?? periods[0] ?? null };
}
