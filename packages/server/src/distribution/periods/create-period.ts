import { AppError, AppErrorCode, monthBounds, type TPeriodCreate, type TPeriodView } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit.ts";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";

/**
 * Opens a programme's period by hand (a list usually opens it). The dates default to the whole month;
 * a period that exists already is a conflict, never silently changed under transactions that use it.
 */
export async function createPeriod(db: TDb, actor: TActor, body: TPeriodCreate): Promise<TPeriodView> {
  requirePermission(actor, "distribution.import");
  const bounds = monthBounds(body.periode);
  const mulai = body.mulai ?? bounds.mulai;
  const selesai = body.selesai ?? bounds.selesai;
  if (selesai < mulai) {
    throw new AppError(AppErrorCode.VALIDATION, "selesai before mulai", {
      fields: [
        {
          field: body.selesai ? "selesai" : "mulai",
          message: { id: "selesai sebelum mulai", en: "selesai is before mulai" },
        },
      ],
    });
  }
  const [program] = await queryRows<{ code: string }>(
    db,
    sql`SELECT code FROM program WHERE code = ${body.program} AND aktif`,
  );
  if (!program) {
    throw new AppError(AppErrorCode.VALIDATION, "unknown programme", {
      fields: [
        {
          field: "program",
          message: { id: "program tidak dikenal atau tidak aktif", en: "unknown or inactive programme" },
        },
      ],
    });
  }
  return db.transaction(async (tx) => {
    const [row] = await queryRows<TPeriodView>(
      tx,
      sql`INSERT INTO periode_penyaluran (program_code, periode, tahap, mulai, selesai, created_by)
          VALUES (${body.program}, ${body.periode}, ${body.tahap ?? null}, ${mulai}, ${selesai}, ${actor.userId})
          ON CONFLICT (program_code, periode) DO NOTHING
          RETURNING program_code AS program, periode, tahap, to_char(mulai, 'YYYY-MM-DD') AS mulai,
                    to_char(selesai, 'YYYY-MM-DD') AS selesai`,
    );
    if (!row) {
      throw new AppError(AppErrorCode.CONFLICT, "period exists", {
        fields: [
          {
            field: "periode",
            message: {
              id: "periode ini sudah ada untuk program tersebut",
              en: "this period already exists for the programme",
            },
          },
        ],
      });
    }
    await writeAudit(tx, {
      wilayahCode: null,
      actorId: actor.userId,
      action: "period.create",
      entityType: "periode_penyaluran",
      entityId: `${row.program}:${row.periode}`,
      data: { ...row },
    });
    return row;
  });
}
