import { kabupatenCodeOf, maskNumber, type TUsulanCreate, type TUsulanDetail } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit.ts";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { findDesaInScope } from "../../scope/find-region.ts";
import { requirePermission } from "../../scope/scope.ts";
import { findFamily } from "../find-family.ts";
import { getUsulan } from "./get-usulan.ts";
import { usulanRefusals } from "./usulan-refusals.ts";

/** Statuses in which a proposal is still under way. */
const openStatuses = sql`('diusulkan', 'musdes', 'verval')`;

/**
 * Files a DTKS proposal for a desa in the caller's scope. Regions are public reference data, so an
 * unknown desa code is plain bad input; a real desa outside the scope answers 404 with an audit row,
 * like any record there. The status always starts at `diusulkan`, whatever the client sends.
 */
export async function proposeUsulan(db: TDb, actor: TActor, input: TUsulanCreate): Promise<TUsulanDetail> {
  requirePermission(actor, "usulan.propose");
  const [desa] = await queryRows<{ code: string }>(
    db,
    sql`SELECT code FROM wilayah WHERE code = ${input.desaCode} AND level = 4`,
  );
  if (!desa) throw usulanRefusals.notADesa();
  await findDesaInScope(db, actor, desa.code);
  const family = input.familyId ? await findFamily(db, actor, input.familyId) : undefined;
  if (family && family.desa_code !== desa.code) throw usulanRefusals.otherDesa();
  const kabCode = family?.kab_code ?? kabupatenCodeOf(desa.code) ?? "";

  const id = await db.transaction(async (tx) => {
    if (family) {
      // Locks the family so two proposals to remove the same person cannot both pass the check below.
      const [locked] = await queryRows<{ status: string }>(
        tx,
        sql`SELECT status FROM keluarga WHERE kab_code = ${family.kab_code} AND no_kk = ${family.no_kk} FOR UPDATE`,
      );
      if (locked?.status !== "aktif") throw usulanRefusals.notActive("family", locked?.status ?? "-");
      if (input.nik) {
        const [member] = await queryRows<{ no_kk: string; status: string }>(
          tx,
          sql`SELECT no_kk, status FROM anggota WHERE kab_code = ${family.kab_code} AND nik = ${input.nik}`,
        );
        if (!member || member.no_kk !== family.no_kk) throw usulanRefusals.notAMember();
        if (member.status !== "aktif") throw usulanRefusals.notActive("member", member.status);
      }
      if (input.kind === "hapus") {
        const open = await queryRows(
          tx,
          sql`SELECT 1 FROM usulan WHERE kab_code = ${family.kab_code} AND no_kk = ${family.no_kk}
              AND kind = 'hapus' AND status IN ${openStatuses} AND nik IS NOT DISTINCT FROM ${input.nik ?? null}`,
        );
        if (open.length > 0) throw usulanRefusals.alreadyOpen();
      }
    }
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`INSERT INTO usulan (kab_code, kind, reason, desa_code, no_kk, nik, data, proposed_by)
          VALUES (${kabCode}, ${input.kind}, ${input.reason ?? null}, ${desa.code}, ${family?.no_kk ?? null},
                  ${input.nik ?? null}, ${JSON.stringify(input.data)}::jsonb, ${actor.userId})
          RETURNING id`,
    );
    if (!row) throw new Error("usulan insert returned no row");
    await tx.execute(
      sql`INSERT INTO usulan_step (kab_code, usulan_id, from_status, to_status, actor_id, note)
          VALUES (${kabCode}, ${row.id}, NULL, 'diusulkan', ${actor.userId}, ${input.note ?? null})`,
    );
    await writeAudit(tx, {
      wilayahCode: desa.code,
      actorId: actor.userId,
      action: "usulan.propose",
      entityType: "usulan",
      entityId: row.id,
      data: {
        kind: input.kind,
        ...(input.reason ? { reason: input.reason } : {}),
        ...(family ? { familyId: family.id } : {}),
        ...(input.nik ? { nik: maskNumber(input.nik) } : {}),
      },
    });
    return row.id;
  });
  // The answer shows numbers masked: the proposer already knows them, and no full-number read happened.
  return getUsulan(db, actor, id, { fullNumbers: false });
}
