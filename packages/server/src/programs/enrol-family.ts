import {
  formatEnrolmentReason,
  isFutureDate,
  latestLocalDate,
  maskNumber,
  type TEnrolmentCreate,
  type TEnrolmentCreated,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import { findFamily } from "../registry/find-family.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { enrolmentRefusals } from "./enrolment-refusals.ts";
import { findOpenEnrolment, findProgram, isUniqueViolation } from "./enrolment-store.ts";

/**
 * Enrols a family of the caller's scope in a programme through its card holder (an active member of
 * the family). Every enrolment starts as `calon` (docs/domain.md, Programmes): validation happens at the
 * initial meeting, as a transition with its own reason. A second open enrolment in the same programme
 * is refused; the partial unique index catches one a concurrent request slipped in.
 */
export async function enrolFamily(
  db: TDb,
  actor: TActor,
  input: { familyId: string; body: TEnrolmentCreate; now?: Date },
): Promise<TEnrolmentCreated> {
  requirePermission(actor, "enrolment.manage");
  const now = input.now ?? new Date();
  const family = await findFamily(db, actor, input.familyId);
  const { body } = input;
  const program = await findProgram(db, body.programCode);
  // A local programme is the funding kabupaten's own: a family elsewhere cannot be enrolled in it.
  if (!program?.aktif || (program.kab_code !== null && program.kab_code !== family.kab_code)) {
    throw enrolmentRefusals.unknownProgram();
  }
  const [member] = await queryRows<{ nik: string }>(
    db,
    sql`SELECT nik FROM anggota WHERE kab_code = ${family.kab_code} AND nik = ${body.nikPengurus}
          AND no_kk = ${family.no_kk} AND status = 'aktif'`,
  );
  if (!member) throw enrolmentRefusals.notAMember();
  const tanggal = body.tanggal ?? latestLocalDate(now);
  if (isFutureDate(tanggal, now)) throw enrolmentRefusals.futureDate();

  try {
    return await db.transaction(async (tx) => {
      const open = await findOpenEnrolment(tx, family, program.code);
      if (open) throw enrolmentRefusals.alreadyOpen(program.code, open.status, open.sejak);
      const [row] = await queryRows<{ id: string }>(
        tx,
        sql`INSERT INTO enrolment (kab_code, program_code, no_kk, desa_code, nik_pengurus, status, sejak, no_kks, bank, created_by)
            VALUES (${family.kab_code}, ${program.code}, ${family.no_kk}, ${family.desa_code}, ${body.nikPengurus},
                    'calon', ${tanggal}, ${body.noKks ?? null}, ${body.bank ?? null}, ${actor.userId})
            RETURNING id`,
      );
      const enrolmentId = row?.id ?? "";
      await tx.execute(
        sql`INSERT INTO enrolment_transition (kab_code, enrolment_id, from_status, to_status, tanggal, alasan, actor_id)
            VALUES (${family.kab_code}, ${enrolmentId}, NULL, 'calon', ${tanggal},
                    ${formatEnrolmentReason("pendaftaran")}, ${actor.userId})`,
      );
      await writeAudit(tx, {
        wilayahCode: family.desa_code,
        actorId: actor.userId,
        action: "enrolment.create",
        entityType: "enrolment",
        entityId: enrolmentId,
        data: {
          familyId: family.id,
          noKk: maskNumber(family.no_kk),
          program: program.code,
          status: "calon",
          tanggal,
          nikPengurus: maskNumber(body.nikPengurus),
        },
      });
      return { enrolmentId, status: "calon" as const, sejak: tanggal };
    });
  } catch (error) {
    if (isUniqueViolation(error, "enrolment_open_key")) {
      const open = await findOpenEnrolment(db, family, program.code);
      throw enrolmentRefusals.alreadyOpen(program.code, open?.status ?? "calon", open?.sejak ?? tanggal);
    }
    throw error;
  }
}
