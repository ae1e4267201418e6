import { AppError, AppErrorCode } from "@kawal/core";
import type { TDb } from "../../db/database.ts";
import { periodExists } from "../periods/period-exists.ts";

/** Refuses a period the programme does not have (`periode_penyaluran`), naming the field. */
export async function requirePeriod(db: TDb, program: string, periode: string): Promise<void> {
  if (await periodExists(db, program, periode)) return;
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
