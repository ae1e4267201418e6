import { sql } from "drizzle-orm";
import type { TDb } from "../../src/db/database.ts";

/** The last day of a `YYYY-MM` month. */
export function lastDayOf(periode: string): string {
  const [year, month] = periode.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * A distribution period of a programme, the whole month unless `mulai` says another first day. A
 * period that exists already is kept, so suites may open the same one twice.
 */
export async function makePeriod(
  db: TDb,
  periode: string,
  options: { program?: string; mulai?: string } = {},
): Promise<void> {
  await db.execute(
    sql`INSERT INTO periode_penyaluran (program_code, periode, mulai, selesai)
        VALUES (${options.program ?? "SEMBAKO"}, ${periode}, ${options.mulai ?? `${periode}-01`}, ${lastDayOf(periode)})
        ON CONFLICT DO NOTHING`,
  );
}
