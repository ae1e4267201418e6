import { maskNumber, type TUsulanReason } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import type { TUsulanRow } from "./find-usulan.ts";
import { usulanRefusals } from "./usulan-refusals.ts";

/**
 * Where an approved removal may move a registry row. Only active rows leave; a member row knows
 * meninggal and pindah, a family also mampu (graduation) and ganda (registered twice).
 */
const removalTransitions = {
  anggota: { aktif: ["meninggal", "pindah"] },
  keluarga: { aktif: ["meninggal", "pindah", "mampu", "ganda"] },
} as const satisfies Record<string, Record<"aktif", readonly TUsulanReason[]>>;

/**
 * Moves `status` to `reason` as the table allows. A row already at `reason` (a life event recorded
 * the death before the decision came) is left as it is: the approval stands and records no change.
 * A row gone for another reason cannot be removed again for this one.
 */
function removalMove(table: keyof typeof removalTransitions, status: string, reason: TUsulanReason): boolean {
  if (status === reason) return false;
  const allowed: readonly string[] = status === "aktif" ? removalTransitions[table].aktif : [];
  if (!allowed.includes(reason)) throw usulanRefusals.removedOtherwise(status);
  return true;
}

/** Removal reasons that end every active member with the family: nobody stays behind in the KK. */
const endsMembers: readonly TUsulanReason[] = ["meninggal", "pindah"];

/**
 * Applies an approved `hapus` in the approval's transaction: the member (or the family) takes the
 * reason as its status, and a `registry_event` keeps the history, with the deliberation's minutes
 * as evidence. Returns facts for the audit row (numbers masked).
 */
export async function applyRemoval(
  tx: TDb,
  actor: TActor,
  row: TUsulanRow,
): Promise<Record<string, unknown>> {
  const reason = row.reason;
  if (row.kind !== "hapus" || !reason || !row.no_kk) throw new Error(`usulan ${row.id} is not a removal`);
  const [family] = await queryRows<{ status: string }>(
    tx,
    sql`SELECT status FROM keluarga WHERE kab_code = ${row.kab_code} AND no_kk = ${row.no_kk} FOR UPDATE`,
  );
  // Families are never deleted, only marked: a missing one is a broken database, not a user error.
  if (!family) throw new Error(`family of usulan ${row.id} is missing`);
  let changes: Record<string, { before: string; after: string }> = {};
  let membersEnded = 0;
  if (row.nik) {
    const [member] = await queryRows<{ status: string; no_kk: string }>(
      tx,
      sql`SELECT status, no_kk FROM anggota WHERE kab_code = ${row.kab_code} AND nik = ${row.nik} FOR UPDATE`,
    );
    // An import may have moved the member to another card since the proposal: the minutes name this family.
    if (!member || member.no_kk !== row.no_kk) throw usulanRefusals.notAMember();
    if (removalMove("anggota", member.status, reason)) {
      await tx.execute(
        sql`UPDATE anggota SET status = ${reason}, updated_at = now()
            WHERE kab_code = ${row.kab_code} AND nik = ${row.nik}`,
      );
      changes = { status: { before: member.status, after: reason } };
    }
  } else if (removalMove("keluarga", family.status, reason)) {
    await tx.execute(
      sql`UPDATE keluarga SET status = ${reason}, updated_at = now()
          WHERE kab_code = ${row.kab_code} AND no_kk = ${row.no_kk}`,
    );
    changes = { status: { before: family.status, after: reason } };
    if (endsMembers.includes(reason)) {
      const ended = await queryRows<{ nik: string }>(
        tx,
        sql`UPDATE anggota SET status = ${reason}, updated_at = now()
            WHERE kab_code = ${row.kab_code} AND no_kk = ${row.no_kk} AND status = 'aktif' RETURNING nik`,
      );
      membersEnded = ended.length;
    }
  }
  const eventData = { usulanId: row.id, reason, changes, ...(membersEnded ? { membersEnded } : {}) };
  const [event] = await queryRows<{ id: string }>(
    tx,
    sql`INSERT INTO registry_event (kab_code, kind, no_kk, nik, recorded_by, data, evidence_key)
        VALUES (${row.kab_code}, 'usulan_hapus', ${row.no_kk}, ${row.nik}, ${actor.userId},
                ${JSON.stringify(eventData)}::jsonb, ${row.musdes_minutes_key})
        RETURNING id`,
  );
  if (!event) throw new Error("registry_event insert returned no row");
  return {
    eventId: event.id,
    reason,
    noKk: maskNumber(row.no_kk),
    ...(row.nik ? { nik: maskNumber(row.nik) } : {}),
    changed: Object.keys(changes).length > 0,
    ...(membersEnded ? { membersEnded } : {}),
  };
}
