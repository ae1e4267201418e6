import {
  AppError,
  AppErrorCode,
  isFutureDate,
  maskNumber,
  type TAidRecordCreate,
  type TAidView,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import { idempotencyKeyReused } from "../http/idempotency-key-reused.ts";
import { findFamily } from "../registry/find-family.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { aidViewOf, selectAid } from "./aid-view.ts";

export interface TRecordAidInput {
  /** The family's opaque id (`keluarga.id`). */
  familyId: string;
  /** Made by the client per submission; a retry with the same key is stored once. */
  idempotencyKey: string;
  aid: TAidRecordCreate;
}

interface TStoredAid {
  id: string;
  no_kk: string;
  jenis_pemberi: string;
  pemberi: string;
  bentuk: string;
  uraian: string | null;
  nilai: string | number;
  tanggal: string;
}

/** A key reused for a different gift is a client fault, never silently answered with the first one. */
function sameRequest(stored: TStoredAid, noKk: string, aid: TAidRecordCreate): boolean {
  return (
    stored.no_kk === noKk &&
    stored.jenis_pemberi === aid.jenisPemberi &&
    stored.pemberi === aid.pemberi &&
    stored.bentuk === aid.bentuk &&
    (stored.uraian ?? "") === (aid.uraian ?? "") &&
    Number(stored.nilai) === aid.nilai &&
    stored.tanggal === aid.tanggal
  );
}

/**
 * Records a gift from outside the government to a family in the caller's scope. The row and its audit
 * row commit together; a retry with the same Idempotency-Key answers the stored gift and writes nothing
 * (the unique index on the key settles two retries racing each other).
 */
export async function recordAid(
  db: TDb,
  actor: TActor,
  input: TRecordAidInput,
  now: Date = new Date(),
): Promise<TAidView & { replayed: boolean }> {
  requirePermission(actor, "aid.record");
  const family = await findFamily(db, actor, input.familyId);
  const { aid } = input;
  if (isFutureDate(aid.tanggal, now)) {
    throw new AppError(AppErrorCode.VALIDATION, "aid date in the future", {
      fields: [
        {
          field: "tanggal",
          message: { id: "tanggal tidak boleh di masa depan", en: "the date cannot be in the future" },
        },
      ],
    });
  }
  if (family.status !== "aktif") {
    throw new AppError(AppErrorCode.INVALID_TRANSITION, `family is ${family.status}, not aktif`);
  }
  const outcome = await db.transaction(async (tx) => {
    const [inserted] = await queryRows<{ id: string }>(
      tx,
      sql`INSERT INTO bantuan_lain (kab_code, no_kk, desa_code, jenis_pemberi, pemberi, bentuk, uraian, nilai,
                                    tanggal, recorded_by, idempotency_key)
          VALUES (${family.kab_code}, ${family.no_kk}, ${family.desa_code}, ${aid.jenisPemberi}, ${aid.pemberi},
                  ${aid.bentuk}, ${aid.uraian || null}, ${aid.nilai}, ${aid.tanggal}, ${actor.userId},
                  ${input.idempotencyKey})
          ON CONFLICT (kab_code, recorded_by, idempotency_key) DO NOTHING
          RETURNING id`,
    );
    if (!inserted) {
      const [stored] = await queryRows<TStoredAid>(
        tx,
        sql`SELECT id, no_kk, jenis_pemberi, pemberi, bentuk, uraian, nilai, tanggal::text AS tanggal
            FROM bantuan_lain
            WHERE kab_code = ${family.kab_code} AND recorded_by = ${actor.userId}
              AND idempotency_key = ${input.idempotencyKey}`,
      );
      if (!stored || !sameRequest(stored, family.no_kk, aid)) {
        throw idempotencyKeyReused({ id: "bantuan lain", en: "another gift" });
      }
      return { id: stored.id, replayed: true };
    }
    await writeAudit(tx, {
      wilayahCode: family.desa_code,
      actorId: actor.userId,
      action: "aid.record",
      entityType: "bantuan_lain",
      entityId: inserted.id,
      // No free text: the audit log is append-only and outlives any correction.
      data: {
        noKk: maskNumber(family.no_kk),
        jenisPemberi: aid.jenisPemberi,
        bentuk: aid.bentuk,
        nilai: aid.nilai,
        tanggal: aid.tanggal,
      },
    });
    return { id: inserted.id, replayed: false };
  });
  const [row] = await selectAid(db, sql`b.kab_code = ${family.kab_code} AND b.id = ${outcome.id}`);
  if (!row) throw new Error("recorded gift not found");
  return { ...aidViewOf(row), replayed: outcome.replayed };
}
