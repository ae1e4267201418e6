import { createHash } from "node:crypto";
import {
  checkTransition,
  formatEnrolmentReason,
  isOpenEnrolmentStatus,
  maskNumber,
  type TEnrolmentStatus,
  type TEnrolmentTransition,
  type TEnrolmentTransitioned,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { canonicalJson } from "../audit/canonical-json.ts";
import { auditChainOf, writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { findEnrolment } from "./enrolment-find.ts";
import { enrolmentRefusals } from "./enrolment-refusals.ts";
import {
  enrolmentColumns,
  findReactivationRule,
  isUniqueViolation,
  type TEnrolmentRow,
} from "./enrolment-store.ts";

export type TTransitionResult = TEnrolmentTransitioned & { replayed: boolean };

const ACTION = "enrolment.transition";

/**
 * Moves an enrolment to another state, by the table of core `enrolment-machine.ts`, with a reason and a
 * date. Field writes carry an Idempotency-Key: the key and a hash of the request are kept in the change's
 * audit row (found through the audit log's entity index), so a retry answers with the first result and
 * writes nothing, and the same key with another request is refused.
 */
export async function transitionEnrolment(
  db: TDb,
  actor: TActor,
  input: { enrolmentId: string; idempotencyKey: string; body: TEnrolmentTransition; now?: Date },
): Promise<TTransitionResult> {
  requirePermission(actor, "enrolment.manage");
  const now = input.now ?? new Date();
  const found = await findEnrolment(db, actor, input.enrolmentId);
  const { body } = input;
  const requestHash = createHash("sha256").update(canonicalJson(body)).digest("hex");
  try {
    return await db.transaction(async (tx) => {
      // The row lock queues two changes of one enrolment, so both are judged on the state they see.
      const [current] = await queryRows<TEnrolmentRow>(
        tx,
        sql`SELECT ${enrolmentColumns} FROM enrolment e WHERE e.kab_code = ${found.kab_code} AND e.id = ${found.id} FOR UPDATE`,
      );
      if (!current) throw new Error("enrolment vanished");
      const replay = await findReplay(tx, current, input.idempotencyKey);
      if (replay) {
        if (replay.requestHash !== requestHash) throw enrolmentRefusals.keyReused();
        return { ...replay.result, replayed: true };
      }
      const from = current.status as TEnrolmentStatus;
      const reactivation =
        from === "dihentikan" ? await findReactivationRule(tx, current.program_code, body.tanggal) : null;
      const check = checkTransition(from, body.ke, {
        since: current.sejak,
        tanggal: body.tanggal,
        reactivation,
        now,
      });
      if (!check.ok) throw enrolmentRefusals.refused(check.field, check.refusal);
      if (!isOpenEnrolmentStatus(from) && isOpenEnrolmentStatus(body.ke)) {
        const [other] = await queryRows<{ status: string; sejak: string }>(
          tx,
          sql`SELECT status, to_char(sejak, 'YYYY-MM-DD') AS sejak FROM enrolment
              WHERE kab_code = ${current.kab_code} AND no_kk = ${current.no_kk} AND program_code = ${current.program_code}
                AND id <> ${current.id} AND status IN ('calon', 'tervalidasi', 'aktif', 'ditangguhkan')`,
        );
        if (other) throw enrolmentRefusals.alreadyOpen(current.program_code, other.status, other.sejak);
      }
      await tx.execute(
        sql`UPDATE enrolment SET status = ${body.ke}, sejak = ${body.tanggal}, updated_at = now()
            WHERE kab_code = ${current.kab_code} AND id = ${current.id}`,
      );
      const [row] = await queryRows<{ id: string }>(
        tx,
        sql`INSERT INTO enrolment_transition (kab_code, enrolment_id, from_status, to_status, tanggal, alasan, actor_id)
            VALUES (${current.kab_code}, ${current.id}, ${from}, ${body.ke}, ${body.tanggal},
                    ${formatEnrolmentReason(body.alasanKode, body.keterangan)}, ${actor.userId})
            RETURNING id`,
      );
      const result = {
        enrolmentId: current.id,
        transitionId: row?.id ?? "",
        from,
        to: body.ke,
        tanggal: body.tanggal,
      };
      // Free text stays out of the audit log (it may name people); the code says why.
      await writeAudit(tx, {
        wilayahCode: current.desa_code,
        actorId: actor.userId,
        action: ACTION,
        entityType: "enrolment",
        entityId: current.id,
        data: {
          ...result,
          program: current.program_code,
          noKk: maskNumber(current.no_kk),
          alasanKode: body.alasanKode,
          idempotencyKey: input.idempotencyKey,
          requestHash,
        },
      });
      return { ...result, replayed: false };
    });
  } catch (error) {
    if (isUniqueViolation(error, "enrolment_open_key")) {
      throw enrolmentRefusals.alreadyOpen(found.program_code, "aktif", body.tanggal);
    }
    throw error;
  }
}

async function findReplay(
  tx: TDb,
  enrolment: TEnrolmentRow,
  key: string,
): Promise<{ requestHash: string; result: Omit<TTransitionResult, "replayed"> } | undefined> {
  const [row] = await queryRows<{ data: unknown }>(
    tx,
    sql`SELECT data FROM audit_log
        WHERE kab_code = ${auditChainOf(enrolment.desa_code)} AND entity_type = 'enrolment'
          AND entity_id = ${enrolment.id} AND action = ${ACTION} AND data->>'idempotencyKey' = ${key}
        LIMIT 1`,
  );
  if (!row) return undefined;
  const data = (typeof row.data === "string" ? JSON.parse(row.data) : row.data) as Omit<
    TTransitionResult,
    "replayed"
  > & { requestHash: string };
  return {
    requestHash: data.requestHash,
    result: {
      enrolmentId: data.enrolmentId,
      transitionId: data.transitionId,
      from: data.from,
      to: data.to,
      tanggal: data.tanggal,
    },
  };
}
