import {
  AppError,
  AppErrorCode,
  maskNumber,
  type TFieldReason,
  type TFieldReasonCreate,
  type TFieldReasonRecorded,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit.ts";
import { queryRows, type TDb } from "../../db/database.ts";
import { idempotencyKeyReused } from "../../http/idempotency-key-reused.ts";
import { findFamily } from "../../registry/find-family.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";
import { requirePeriod } from "./require-period.ts";

/** A phone's clock may run a little ahead; further ahead is a wrong clock, not a finding. */
const CLOCK_SKEW_MS = 10 * 60_000;

export interface TRecordReasonInput {
  idempotencyKey: string;
  reason: TFieldReasonCreate;
}

interface TStoredReason {
  id: string;
  no_kk: string;
  program_code: string;
  periode: string;
  alasan: TFieldReason;
  keterangan: string | null;
  dicatat_pada: Date | string;
  recorded_by: string;
  created_at: Date | string;
}

const iso = (value: Date | string) => new Date(value).toISOString();

function sameRequest(stored: TStoredReason, noKk: string, actor: TActor, r: TFieldReasonCreate): boolean {
  return (
    stored.no_kk === noKk &&
    stored.recorded_by === actor.userId &&
    stored.program_code === r.program &&
    stored.periode === r.periode &&
    stored.alasan === r.alasan &&
    (stored.keterangan ?? "") === (r.keterangan ?? "") &&
    (r.dicatatPada === undefined || iso(stored.dicatat_pada) === iso(r.dicatatPada))
  );
}

/**
 * A companion records in the field why a listed family did not withdraw or spend (docs/domain.md,
 * Reconciliation). Append-only; the latest reason of a family and period counts. The family must be in
 * the caller's scope (404 + audit otherwise) and on the period's payment list. The family's stored
 * reconciliation row shows the reason at once, without waiting for the next run. A retry with the same
 * Idempotency-Key answers the first result and writes nothing; the unique key settles racing retries.
 */
export async function recordReason(
  db: TDb,
  actor: TActor,
  input: TRecordReasonInput,
  now: Date = new Date(),
): Promise<TFieldReasonRecorded & { replayed: boolean }> {
  requirePermission(actor, "distribution.reason");
  const r = input.reason;
  const family = await findFamily(db, actor, r.familyId);
  await requirePeriod(db, r.program, r.periode);
  if (r.dicatatPada !== undefined && new Date(r.dicatatPada).getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new AppError(AppErrorCode.VALIDATION, "reason time in the future", {
      fields: [
        {
          field: "dicatatPada",
          message: {
            id: "waktu pencatatan tidak boleh di masa depan",
            en: "the time recorded cannot be in the future",
          },
        },
      ],
    });
  }
  const [listed] = await queryRows<{ kab_code: string; desa_code: string }>(
    db,
    sql`SELECT kab_code, desa_code FROM daftar_bayar
        WHERE kab_code = ${family.kab_code} AND program_code = ${r.program} AND periode = ${r.periode}
          AND no_kk = ${family.no_kk}`,
  );
  if (!listed) {
    throw new AppError(AppErrorCode.VALIDATION, "family not on the period's payment list", {
      fields: [
        {
          field: "familyId",
          message: {
            id: `keluarga ini tidak ada di daftar bayar ${r.program} periode ${r.periode}`,
            en: `this family is not on the ${r.program} payment list of ${r.periode}`,
          },
        },
      ],
    });
  }
  const dicatatPada = r.dicatatPada === undefined ? now.toISOString() : iso(r.dicatatPada);
  const outcome = await db.transaction(async (tx) => {
    const [inserted] = await queryRows<{ id: string }>(
      tx,
      sql`INSERT INTO alasan_belum (kab_code, program_code, periode, no_kk, desa_code, alasan, keterangan, dicatat_pada,
                                    recorded_by, idempotency_key, created_at)
          VALUES (${listed.kab_code}, ${r.program}, ${r.periode}, ${family.no_kk}, ${listed.desa_code}, ${r.alasan},
                  ${r.keterangan || null}, ${dicatatPada}::timestamptz, ${actor.userId}, ${input.idempotencyKey},
                  ${now.toISOString()}::timestamptz)
          ON CONFLICT (kab_code, idempotency_key) DO NOTHING
          RETURNING id`,
    );
    if (!inserted) {
      const [stored] = await queryRows<TStoredReason>(
        tx,
        sql`SELECT id, no_kk, program_code, periode, alasan, keterangan, dicatat_pada, recorded_by::text, created_at
            FROM alasan_belum WHERE kab_code = ${listed.kab_code} AND idempotency_key = ${input.idempotencyKey}`,
      );
      if (!stored || !sameRequest(stored, family.no_kk, actor, r)) {
        throw idempotencyKeyReused({ id: "alasan lain", en: "another reason" });
      }
      return { stored, replayed: true };
    }
    // The latest field reason of the family and period (a late upload of an older finding does not win).
    await tx.execute(
      sql`UPDATE rekonsiliasi r SET alasan = l.alasan, keterangan = l.keterangan
          FROM (SELECT alasan, keterangan FROM alasan_belum
                WHERE kab_code = ${listed.kab_code} AND program_code = ${r.program} AND periode = ${r.periode}
                  AND no_kk = ${family.no_kk}
                ORDER BY dicatat_pada DESC, created_at DESC LIMIT 1) l
          WHERE r.kab_code = ${listed.kab_code} AND r.program_code = ${r.program} AND r.periode = ${r.periode}
            AND r.kunci = ${family.no_kk} AND r.kelas <> 'tersalur'`,
    );
    await writeAudit(
      tx,
      {
        wilayahCode: listed.desa_code,
        actorId: actor.userId,
        action: "distribution.reason",
        entityType: "alasan_belum",
        entityId: inserted.id,
        // No free text: the audit log is append-only and outlives any correction.
        data: { noKk: maskNumber(family.no_kk), program: r.program, periode: r.periode, alasan: r.alasan },
      },
      now,
    );
    const stored: TStoredReason = {
      id: inserted.id,
      no_kk: family.no_kk,
      program_code: r.program,
      periode: r.periode,
      alasan: r.alasan,
      keterangan: r.keterangan || null,
      dicatat_pada: dicatatPada,
      recorded_by: actor.userId,
      created_at: now,
    };
    return { stored, replayed: false };
  });
  const s = outcome.stored;
  return {
    id: s.id,
    familyId: family.id,
    program: s.program_code,
    periode: s.periode,
    alasan: s.alasan,
    keterangan: s.keterangan,
    dicatatPada: iso(s.dicatat_pada),
    recordedAt: iso(s.created_at),
    replayed: outcome.replayed,
  };
}
