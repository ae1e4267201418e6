import type { TPeriodListQuery, TPeriodView } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";

/** The periods of every programme (or one), newest first: national reference data, not personal. */
export async function listPeriods(
  db: TDb,
  actor: TActor,
  query: TPeriodListQuery,
): Promise<{ items: TPeriodView[] }> {
  requirePermission(actor, "schedule.read");
  const program = query.program ? sql`WHERE program_code = ${query.program}` : sql``;
  const items = await queryRows<TPeriodView>(
    db,
    sql`SELECT program_code AS program, periode, tahap, to_char(mulai, 'YYYY-MM-DD') AS mulai,
               to_char(selesai, 'YYYY-MM-DD') AS selesai
        FROM periode_penyaluran ${program}
        ORDER BY periode DESC, program_code
        LIMIT 500`,
  );
  return { items };
}
