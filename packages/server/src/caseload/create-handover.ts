import type { THandoverCreate, THandoverCreated } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { scopeCodeHolds } from "../scope/region-sql.ts";
import { inScope, requirePermission } from "../scope/scope.ts";
import { outsideMessage, refuse, refuseOutsideScope } from "./caseload-refusals.ts";
import { checkAssignable } from "./check-companion.ts";
import { findCompanion } from "./find-companion.ts";
import { handoverSummaries } from "./handover-sql.ts";

/**
 * A companion leaves: every open family and desa assignment of `dari` ends on `tanggal` and opens for
 * `ke`, one `handover_family` per family moved, and `ke`'s scope gains the desa it now serves that its
 * scope did not cover, so it can open those families. One transaction, set-based statements. Sessions
 * are kept: the actor is loaded from the database on every request, so a wider scope applies at once
 * and the successor is not logged out.
 */
export async function createHandover(
  db: TDb,
  actor: TActor,
  input: THandoverCreate,
): Promise<THandoverCreated> {
  requirePermission(actor, "caseload.manage");
  if (input.dari === input.ke) {
    throw refuse("ke", "pendamping pengganti harus orang lain", "the successor must be someone else");
  }
  const dari = await findCompanion(db, actor, input.dari);
  const ke = await findCompanion(db, actor, input.ke);
  // A departing companion may already be disabled; only the successor must be able to work.
  checkAssignable(dari, "dari", { allowDisabled: true });
  checkAssignable(ke, "ke");
  if (ke.role !== dari.role) {
    throw refuse(
      "ke",
      "pendamping pengganti harus berperan sama dengan yang keluar",
      "the successor must have the same role as the departing companion",
    );
  }
  const id = await db.transaction(async (tx) => {
    // Two handovers of the same people at once would both read the same open rows; queue them.
    await tx.execute(sql`SELECT id FROM users WHERE id IN (${dari.id}, ${ke.id}) ORDER BY id FOR UPDATE`);
    const open = await queryRows<{
      kind: string;
      kab_code: string;
      desa_code: string;
      mulai: string;
      inside: boolean;
    }>(
      tx,
      sql`SELECT 'keluarga' AS kind, kab_code, desa_code, max(mulai)::text AS mulai,
                 bool_and(${inScope(actor, sql`desa_code`)}) AS inside
          FROM companion_family WHERE user_id = ${dari.id} AND selesai IS NULL GROUP BY kab_code, desa_code
          UNION ALL
          SELECT 'desa', kab_code, desa_code, max(mulai)::text, bool_and(${inScope(actor, sql`desa_code`)})
          FROM companion_desa WHERE user_id = ${dari.id} AND selesai IS NULL GROUP BY kab_code, desa_code
          ORDER BY 3`,
    );
    if (open.length === 0) {
      throw refuse(
        "dari",
        "pendamping ini tidak punya dampingan untuk dialihkan",
        "this companion has nothing to hand over",
      );
    }
    const outside = [...new Set(open.filter((o) => !o.inside).map((o) => o.desa_code))];
    if (outside.length > 0) {
      throw refuseOutsideScope([{ field: "dari", message: outsideMessage(`Desa ${outside.join(", ")}`) }]);
    }
    const latest =
      open
        .map((o) => o.mulai)
        .sort()
        .at(-1) ?? "";
    if (input.tanggal < latest) {
      throw refuse(
        "tanggal",
        `tanggal pengalihan tidak boleh sebelum penugasan terakhir (${latest})`,
        `the handover date cannot be before the latest assignment (${latest})`,
      );
    }
    const kabCode = open[0]?.kab_code ?? "00";
    const [created] = await queryRows<{ id: string }>(
      tx,
      sql`INSERT INTO handover (kab_code, from_user_id, to_user_id, tanggal, alasan, created_by)
          VALUES (${kabCode}, ${dari.id}, ${ke.id}, ${input.tanggal}, ${input.alasan}, ${actor.userId}) RETURNING id`,
    );
    const handoverId = created?.id ?? "";
    const families = await queryRows<{ n: number }>(
      tx,
      sql`WITH moved AS (
            INSERT INTO handover_family (kab_code, handover_id, no_kk, desa_code)
            SELECT kab_code, ${handoverId}, no_kk, desa_code FROM companion_family
            WHERE user_id = ${dari.id} AND selesai IS NULL
            RETURNING 1)
          SELECT count(*)::int AS n FROM moved`,
    );
    await tx.execute(
      sql`UPDATE companion_family SET selesai = ${input.tanggal} WHERE user_id = ${dari.id} AND selesai IS NULL`,
    );
    await tx.execute(
      sql`INSERT INTO companion_family (kab_code, no_kk, desa_code, user_id, mulai, handover_id, created_by)
          SELECT kab_code, no_kk, desa_code, ${ke.id}, ${input.tanggal}, handover_id, ${actor.userId}
          FROM handover_family WHERE handover_id = ${handoverId}`,
    );
    const desa = await queryRows<{ desa_code: string }>(
      tx,
      sql`WITH ended AS (
            UPDATE companion_desa SET selesai = ${input.tanggal}
            WHERE user_id = ${dari.id} AND selesai IS NULL RETURNING kab_code, desa_code)
          INSERT INTO companion_desa (kab_code, user_id, desa_code, mulai, created_by)
          SELECT e.kab_code, ${ke.id}, e.desa_code, ${input.tanggal}, ${actor.userId} FROM ended e
          WHERE NOT EXISTS (SELECT 1 FROM companion_desa c
                            WHERE c.user_id = ${ke.id} AND c.desa_code = e.desa_code AND c.selesai IS NULL)
          RETURNING desa_code`,
    );
    const served = sql.join(
      [...new Set(open.map((o) => o.desa_code))].map((code) => sql`(${code})`),
      sql`, `,
    );
    const added = await queryRows<{ wilayah_code: string }>(
      tx,
      sql`INSERT INTO user_scope (user_id, wilayah_code)
          SELECT ${ke.id}, d.code FROM (VALUES ${served}) AS d(code)
          WHERE NOT EXISTS (SELECT 1 FROM user_scope s WHERE s.user_id = ${ke.id}
                            AND ${scopeCodeHolds(sql`s.wilayah_code`, sql`d.code`)})
          RETURNING wilayah_code`,
    );
    const scopeAdded = added.map((r) => r.wilayah_code).sort();
    const desaMoved = open.filter((o) => o.kind === "desa").length;
    await writeAudit(tx, {
      wilayahCode: open[0]?.desa_code ?? null,
      actorId: actor.userId,
      action: "handover.create",
      entityType: "handover",
      entityId: handoverId,
      data: {
        dari: dari.id,
        ke: ke.id,
        role: dari.role,
        tanggal: input.tanggal,
        families: families[0]?.n ?? 0,
        desaMoved,
        desaOpened: desa.length,
        scopeAdded,
      },
    });
    if (scopeAdded.length > 0) {
      await writeAudit(tx, {
        wilayahCode: scopeAdded[0] ?? null,
        actorId: actor.userId,
        action: "user.scope_add",
        entityType: "user",
        entityId: ke.id,
        data: { added: scopeAdded, reason: "handover", handoverId },
      });
    }
    return { handoverId, desaMoved, scopeAdded };
  });
  const [summary] = await handoverSummaries(db, sql`h.id = ${id.handoverId}`, 1);
  if (!summary) throw new Error("handover vanished");
  const { kabCode: _kab, ...rest } = summary;
  return { ...rest, desaMoved: id.desaMoved, scopeAdded: id.scopeAdded };
}
