import type { TBilingual } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";

/** Whether the programme has this distribution period (`periode_penyaluran`); each caller words its own refusal. */
export async function periodExists(db: TDb, program: string, periode: string): Promise<boolean> {
  const [row] = await queryRows<{ ok: number }>(
    db,
    sql`SELECT 1 AS ok FROM periode_penyaluran WHERE program_code = ${program} AND periode = ${periode}`,
  );
  return row !== undefined;
}

/** The words of a refusal naming a period the programme does not have, for requests that name both. */
export function noPeriodMessage(program: string, periode: string): TBilingual {
  return {
    id: `Periode ${periode} program ${program} tidak ada`,
    en: `There is no period ${periode} of programme ${program}`,
  };
}
