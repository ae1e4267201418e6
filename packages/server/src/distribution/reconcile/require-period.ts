import { AppError, AppErrorCode } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";

/** Refuses a period the programme does not have (`periode_penyaluran`), naming the field. */
export async function requirePeriod(db: TDb, program: string, periode: string): Promise<void> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT 1 AS n FROM periode_penyaluran WHERE program_code = ${program} AND periode = ${periode}`,
  );
  if (row) return;
  throw new AppError(AppErrorCode.NOT_FOUND, `period ${program} ${periode} not found`, {
    fields: [
      {
        field: "periode",
        message: {
          id: `periode ${periode} program ${program} tidak ada di periode penyaluran`,
          en: `period ${periode} of programme ${program} does not exist`,
        },
      },
    ],
  });
}
