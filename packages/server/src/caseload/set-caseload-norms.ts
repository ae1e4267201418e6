import {
  AppError,
  AppErrorCode,
  caseloadUnitOf,
  NATIONAL_SCOPE,
  type TCaseloadNorms,
  type TCaseloadNormsUpdate,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { findRegionInScope } from "../scope/find-region.ts";
import { hasNationalScope, requirePermission } from "../scope/scope.ts";
import { getCaseloadNorms } from "./get-caseload-norms.ts";

/**
 * Whose norms the actor may set: the national defaults only with the whole country in scope; a kabupaten
 * only inside the scope (outside answers 404 like a missing one and is audited, like any record).
 */
async function checkTarget(db: TDb, actor: TActor, kabCode: string | undefined): Promise<void> {
  if (kabCode === undefined) {
    if (hasNationalScope(actor)) return;
    const message = {
      id: "Norma nasional hanya dapat diubah administrator tingkat nasional; pilih kabupaten/kota Anda",
      en: "Only a national administrator may change the national norm; choose your kabupaten/kota",
    };
    throw new AppError(AppErrorCode.FORBIDDEN, message.en, { fields: [{ field: "kabCode", message }] });
  }
  await findRegionInScope(db, actor, kabCode, { level: 2, entityType: "kabupaten" });
}

/**
 * Sets norms of a kabupaten (`kabCode`) or the national defaults; the unit follows the role (families
 * for PKH, desa for TKSK and PSM). An empty norm (null) makes the kabupaten follow the national one again.
 * Audited in the kabupaten's chain, or the national one.
 */
export async function setCaseloadNorms(
  db: TDb,
  actor: TActor,
  input: TCaseloadNormsUpdate,
): Promise<TCaseloadNorms> {
  requirePermission(actor, "caseload.manage");
  await checkTarget(db, actor, input.kabCode);
  const target = input.kabCode ?? NATIONAL_SCOPE;
  await db.transaction(async (tx) => {
    const before = await queryRows<{ role: string; norma: number }>(
      tx,
      sql`SELECT role, norma FROM caseload_norm WHERE wilayah_code = ${target}`,
    );
    const set = input.norms.filter((n) => n.norma !== null);
    const dropped = input.norms.filter((n) => n.norma === null).map((n) => n.role);
    if (set.length > 0) {
      const values = sql.join(
        set.map(
          (n) =>
            sql`(${target}, ${n.role}, ${n.norma}, ${caseloadUnitOf(n.role)}, ${actor.userId}::uuid, now())`,
        ),
        sql`, `,
      );
      await tx.execute(
        sql`INSERT INTO caseload_norm (wilayah_code, role, norma, unit, updated_by, updated_at) VALUES ${values}
            ON CONFLICT (wilayah_code, role) DO UPDATE SET norma = EXCLUDED.norma, unit = EXCLUDED.unit,
              updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
      );
    }
    // The schema allows an empty norm only with a kabupaten: the national defaults are never deleted.
    if (dropped.length > 0 && input.kabCode !== undefined) {
      await tx.execute(
        sql`DELETE FROM caseload_norm WHERE wilayah_code = ${input.kabCode}
            AND role IN (${sql.join(
              dropped.map((r) => sql`${r}`),
              sql`, `,
            )})`,
      );
    }
    await writeAudit(tx, {
      wilayahCode: input.kabCode ?? null,
      actorId: actor.userId,
      action: "caseload.norms",
      entityType: "caseload_norm",
      entityId: `${target}:${input.norms.map((n) => n.role).join(",")}`,
      data: {
        wilayah: target,
        before: Object.fromEntries(before.map((n) => [n.role, n.norma])),
        after: Object.fromEntries(input.norms.map((n) => [n.role, n.norma])),
      },
    });
  });
  return getCaseloadNorms(db, actor);
}
