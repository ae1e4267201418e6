import type { TFamiliesAssigned, TFamilyAssignmentCreate } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { inScope, requirePermission } from "../scope/scope.ts";
import { checkAssignable } from "./check-companion.ts";
import { checkDesaCodes } from "./check-desa-codes.ts";
import { findCompanion } from "./find-companion.ts";
import { resolveFamilyIds } from "./resolve-family-ids.ts";

/** Statuses of an enrolment that is still open (the family is, or may become, a PKH beneficiary). */
const OPEN_PKH = sql`e.program_code = 'PKH' AND e.status IN ('calon', 'tervalidasi', 'aktif', 'ditangguhkan')`;

/**
 * Assigns PKH families to a PKH companion from a date: named families, or every family of a desa with
 * an open PKH enrolment, read from `enrolment` set-wise. A family another companion serves moves: its
 * open row ends and a new one starts, so a family always has exactly one companion.
 */
export async function assignFamilies(
  db: TDb,
  actor: TActor,
  input: TFamilyAssignmentCreate,
): Promise<TFamiliesAssigned> {
  requirePermission(actor, "caseload.manage");
  const user = await findCompanion(db, actor, input.userId);
  checkAssignable(user, "userId", { onlyRole: "pendamping_pkh" });
  let source: SQL;
  if (input.desaCode !== undefined) {
    await checkDesaCodes(db, actor, [input.desaCode], () => "desaCode");
    source = sql`SELECT DISTINCT e.kab_code, e.no_kk, e.desa_code FROM enrolment e
                 WHERE ${OPEN_PKH} AND e.desa_code = ${input.desaCode} AND ${inScope(actor, sql`e.desa_code`)}`;
  } else {
    const families = await resolveFamilyIds(db, actor, input.familyIds ?? []);
    const values = sql.join(
      families.map((f) => sql`(${f.kab_code}, ${f.no_kk}, ${f.desa_code})`),
      sql`, `,
    );
    source = sql`SELECT DISTINCT v.kab_code, v.no_kk, v.desa_code FROM (VALUES ${values}) AS v(kab_code, no_kk, desa_code)`;
  }
  return db.transaction(async (tx) => {
    const [total] = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM (${source}) s`);
    // End the other companions' open rows first: the open-row key allows one companion per family.
    const moved = await queryRows<{ no_kk: string }>(
      tx,
      sql`UPDATE companion_family cf SET selesai = GREATEST(cf.mulai, ${input.mulai}::date)
          FROM (${source}) s
          WHERE cf.kab_code = s.kab_code AND cf.no_kk = s.no_kk AND cf.selesai IS NULL AND cf.user_id <> ${user.id}
          RETURNING cf.no_kk`,
    );
    const added = await queryRows<{ no_kk: string }>(
      tx,
      sql`INSERT INTO companion_family (kab_code, no_kk, desa_code, user_id, mulai, created_by)
          SELECT s.kab_code, s.no_kk, s.desa_code, ${user.id}, ${input.mulai}, ${actor.userId}
          FROM (${source}) s
          WHERE NOT EXISTS (SELECT 1 FROM companion_family c
                            WHERE c.kab_code = s.kab_code AND c.no_kk = s.no_kk AND c.selesai IS NULL)
          RETURNING no_kk`,
    );
    const result = {
      userId: user.id,
      added: added.length,
      moved: moved.length,
      alreadyAssigned: (total?.n ?? 0) - added.length,
    };
    await writeAudit(tx, {
      wilayahCode: input.desaCode ?? user.scopes[0] ?? null,
      actorId: actor.userId,
      action: "caseload.assign_families",
      entityType: "companion",
      entityId: user.id,
      data: { mulai: input.mulai, desa: input.desaCode ?? null, ...result },
    });
    return result;
  });
}
