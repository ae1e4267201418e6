import { AppError, AppErrorCode, type TScheduleCreate, type TScheduleDetail } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit.ts";
import { queryRows, type TDb } from "../../db/database.ts";
import { isUniqueViolation } from "../../programs/enrolment-store.ts";
import type { TActor } from "../../scope/actor.ts";
import { inAgentScope } from "../../scope/agent-scope.ts";
import { findInScope, inScope, regionsOf, requirePermission } from "../../scope/scope.ts";
import { periodExists } from "../periods/period-exists.ts";
import { getSchedule } from "./get-schedule.ts";
import { textArray } from "./text-array.ts";

interface TAgentRow {
  kab_code: string;
  id_agen: string;
  desa_code: string;
}

/** The families a day will hold: their No. KK, all listed for the period in the actor's scope. */
interface TChosen {
  no_kk: string;
}

function refuse(code: keyof typeof AppErrorCode, field: string, id: string, en: string): never {
  throw new AppError(AppErrorCode[code], en, { fields: [{ field, message: { id, en } }] });
}

/** Already-scheduled families of the period, reported by count (a No. KK never goes into a message). */
function alreadyScheduled(count: number): never {
  return refuse(
    "CONFLICT",
    "familyIds",
    `${count} keluarga sudah terjadwal di periode ini; hapus jadwal lamanya dulu atau pilih keluarga lain`,
    `${count} ${count === 1 ? "family is" : "families are"} already scheduled in this period; delete the old day first or choose other families`,
  );
}

/**
 * Builds one distribution day at an agent of the actor's scope: the agent must be visible (404 and an
 * audit row otherwise), the period must exist, and every family must be on the period's payment list in
 * the scope. Without `familyIds` the day takes every listed family of the agent's desa that has no day
 * yet — the TKSK's usual case. A family is expected once per period (`jadwal_keluarga_once`), so two
 * TKSK building days at once cannot both take it. The day, its families and the audit row commit together.
 */
export async function createSchedule(
  db: TDb,
  actor: TActor,
  input: TScheduleCreate,
): Promise<TScheduleDetail> {
  requirePermission(actor, "schedule.manage");
  const agent = await findInScope(db, actor, {
    entityType: "agen",
    entityId: input.idAgen,
    findInScope: async () =>
      (
        await queryRows<TAgentRow>(
          db,
          sql`SELECT kab_code, id_agen, desa_code FROM agen
              WHERE id_agen = ${input.idAgen} AND ${inAgentScope(actor, sql`desa_code`, sql`id_agen`)}
              ORDER BY kab_code LIMIT 1`,
        )
      )[0],
    findRegions: () => regionsOf(db, sql`SELECT desa_code FROM agen WHERE id_agen = ${input.idAgen} LIMIT 1`),
  });
  if (!(await periodExists(db, input.program, input.periode))) {
    refuse(
      "VALIDATION",
      "periode",
      `periode ${input.periode} program ${input.program} belum dibuka`,
      `period ${input.periode} of programme ${input.program} does not exist`,
    );
  }

  const listed = sql`d.kab_code = ${agent.kab_code} AND d.program_code = ${input.program}
                     AND d.periode = ${input.periode} AND ${inScope(actor, sql`d.desa_code`)}`;
  let chosen: TChosen[];
  if (input.familyIds) {
    const ids = [...new Set(input.familyIds)];
    chosen = await queryRows<TChosen>(
      db,
      sql`SELECT d.no_kk FROM daftar_bayar d
          JOIN keluarga k ON k.kab_code = d.kab_code AND k.no_kk = d.no_kk
          WHERE ${listed} AND k.id = ANY(${textArray(ids)}::uuid[])`,
    );
    if (chosen.length < ids.length) {
      const missing = ids.length - chosen.length;
      refuse(
        "VALIDATION",
        "familyIds",
        `${missing} keluarga tidak ada di daftar bayar periode ${input.periode} di wilayah Anda`,
        `${missing} ${missing === 1 ? "family is" : "families are"} not on the payment list of ${input.periode} in your area`,
      );
    }
    const [taken] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM jadwal_keluarga
          WHERE kab_code = ${agent.kab_code} AND program_code = ${input.program} AND periode = ${input.periode}
            AND no_kk = ANY(${textArray(chosen.map((c) => c.no_kk))})`,
    );
    if ((taken?.n ?? 0) > 0) alreadyScheduled(taken?.n ?? 0);
  } else {
    chosen = await queryRows<TChosen>(
      db,
      sql`SELECT d.no_kk FROM daftar_bayar d
          JOIN keluarga k ON k.kab_code = d.kab_code AND k.no_kk = d.no_kk
          WHERE ${listed} AND d.desa_code = ${agent.desa_code}
            AND NOT EXISTS (SELECT 1 FROM jadwal_keluarga jk
                            WHERE jk.kab_code = d.kab_code AND jk.program_code = d.program_code
                              AND jk.periode = d.periode AND jk.no_kk = d.no_kk)`,
    );
    if (chosen.length === 0) {
      refuse(
        "CONFLICT",
        "familyIds",
        `tidak ada keluarga di daftar bayar ${input.periode} desa agen ini yang belum terjadwal`,
        `no family of the agent's desa on the ${input.periode} payment list is left without a day`,
      );
    }
  }

  let id: string;
  try {
    id = await db.transaction(async (tx) => {
      const [day] = await queryRows<{ id: string }>(
        tx,
        sql`INSERT INTO jadwal_penyaluran (kab_code, program_code, periode, id_agen, desa_code, tanggal, jam_mulai,
                                           jam_selesai, catatan, created_by)
            VALUES (${agent.kab_code}, ${input.program}, ${input.periode}, ${agent.id_agen}, ${agent.desa_code},
                    ${input.tanggal}, ${input.jamMulai}, ${input.jamSelesai}, ${input.catatan || null}, ${actor.userId})
            RETURNING id`,
      );
      if (!day) throw new Error("schedule not inserted");
      // One set-based insert: the unique index refuses the whole day if another took a family meanwhile.
      await tx.execute(
        sql`INSERT INTO jadwal_keluarga (kab_code, jadwal_id, program_code, periode, no_kk)
            SELECT ${agent.kab_code}, ${day.id}::uuid, ${input.program}, ${input.periode}, v.no_kk
            FROM unnest(${textArray(chosen.map((c) => c.no_kk))}) AS v(no_kk)`,
      );
      await writeAudit(tx, {
        wilayahCode: agent.desa_code,
        actorId: actor.userId,
        action: "schedule.create",
        entityType: "jadwal_penyaluran",
        entityId: day.id,
        data: {
          program: input.program,
          periode: input.periode,
          idAgen: agent.id_agen,
          tanggal: input.tanggal,
          jamMulai: input.jamMulai,
          jamSelesai: input.jamSelesai,
          families: chosen.length,
        },
      });
      return day.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, "jadwal_keluarga_once")) {
      const [taken] = await queryRows<{ n: number }>(
        db,
        sql`SELECT count(*)::int AS n FROM jadwal_keluarga
            WHERE kab_code = ${agent.kab_code} AND program_code = ${input.program} AND periode = ${input.periode}
              AND no_kk = ANY(${textArray(chosen.map((c) => c.no_kk))})`,
      );
      alreadyScheduled(Math.max(1, taken?.n ?? 0));
    }
    throw error;
  }
  return getSchedule(db, actor, id);
}
