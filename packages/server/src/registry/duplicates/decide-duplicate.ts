import { maskNumber, type TDuplicateDecision, type TDuplicatePair, type TPairStatus } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit.ts";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { lookupId } from "../../scope/record-id.ts";
import { findInScope, regionsOf, requirePermission } from "../../scope/scope.ts";
import { duplicateRefusals } from "./duplicate-refusals.ts";
import { pairRowsQuery, type TPairRow, toPairView } from "./pair-rows.ts";

/** A pair is decided once: open → merged or dismissed, and nothing after (ARCHITECTURE.md, Principles: state machines). */
export const pairTransitions = {
  terbuka: ["digabung", "ditolak"],
  digabung: [],
  ditolak: [],
} as const satisfies Record<TPairStatus, readonly TPairStatus[]>;

const decisionStatus = { gabung: "digabung", tolak: "ditolak" } as const;

/** Reads the pair through the scope: both members must be visible, else 404 and an audit row. */
function findPair(db: TDb, actor: TActor, pairId: string): Promise<TPairRow> {
  const id = lookupId(pairId);
  return findInScope(db, actor, {
    entityType: "duplicate_pair",
    entityId: pairId,
    findInScope: async () =>
      (await queryRows<TPairRow>(db, pairRowsQuery(actor, { pairs: sql`p.id = ${id}`, limit: 1 })))[0],
    findRegions: () =>
      regionsOf(
        db,
        sql`SELECT m.desa_code FROM duplicate_pair p
                            JOIN anggota m ON (m.kab_code, m.nik) IN ((p.kab_a, p.nik_a), (p.kab_b, p.nik_b))
                            WHERE p.id = ${id} ORDER BY m.kab_code = p.kab_a AND m.nik = p.nik_a DESC`,
      ),
  });
}

/**
 * A verifier's decision on an open pair. `tolak`: two different people, only the pair closes.
 * `gabung`: one person; the member not kept becomes `ganda` (a member status: a record that repeats
 * another, kept for its history, never deleted), with a `ganda_digabung` event on its family. The
 * pair, the member, the event and the audit row commit together; a refusal changes nothing.
 */
export async function decideDuplicate(
  db: TDb,
  actor: TActor,
  pairId: string,
  input: TDuplicateDecision,
): Promise<TDuplicatePair> {
  requirePermission(actor, "registry.review");
  const pair = await findPair(db, actor, pairId);
  const to = decisionStatus[input.decision];
  await db.transaction(async (tx) => {
    const [locked] = await queryRows<{ status: TPairStatus }>(
      tx,
      sql`SELECT status FROM duplicate_pair WHERE kab_code = ${pair.kab_code} AND id = ${pair.id} FOR UPDATE`,
    );
    const from = locked?.status ?? pair.status;
    const allowed: readonly TPairStatus[] = pairTransitions[from];
    if (!allowed.includes(to)) throw duplicateRefusals.decided(from, to);

    let removed: { side: "a" | "b"; nik: string; familyId: string } | null = null;
    if (input.decision === "gabung") {
      const side = input.keep === "a" ? "b" : "a";
      removed = { side, nik: pair[`${side}_nik`], familyId: pair[`${side}_family_id`] };
      await mergeMember(tx, actor, pair, side);
    }
    await tx.execute(
      sql`UPDATE duplicate_pair SET status = ${to}, decided_by = ${actor.userId}, decided_at = now(),
                                    note = ${input.note ?? null}
          WHERE kab_code = ${pair.kab_code} AND id = ${pair.id}`,
    );
    await writeAudit(tx, {
      // A merge changes the removed member's record: its kabupaten's chain holds the row.
      wilayahCode: removed ? pair[`${removed.side}_desa_code`] : pair.a_desa_code,
      actorId: actor.userId,
      action: "registry.duplicate_decided",
      entityType: "duplicate_pair",
      entityId: pair.id,
      // The note stays on the pair: free text may hold a number, and the audit log never does.
      data: {
        kind: pair.kind,
        decision: input.decision,
        status: { before: from, after: to },
        ...(removed
          ? { removed: { side: removed.side, nik: maskNumber(removed.nik), familyId: removed.familyId } }
          : {}),
      },
    });
  });
  const [decided] = await queryRows<TPairRow>(
    db,
    pairRowsQuery(actor, { pairs: sql`p.kab_code = ${pair.kab_code} AND p.id = ${pair.id}`, limit: 1 }),
  );
  if (!decided) throw new Error("decided pair not found");
  return toPairView(decided);
}

/** Marks the pair's member on `side` as `ganda` and records why on its family. */
async function mergeMember(tx: TDb, actor: TActor, pair: TPairRow, side: "a" | "b"): Promise<void> {
  const members = await queryRows<{ kab_code: string; nik: string; status: string }>(
    tx,
    sql`SELECT kab_code, nik, status FROM anggota
        WHERE (kab_code, nik) IN ((${pair.a_kab_code}, ${pair.a_nik}), (${pair.b_kab_code}, ${pair.b_nik}))
        ORDER BY kab_code, nik FOR UPDATE`,
  );
  for (const s of ["a", "b"] as const) {
    const member = members.find((m) => m.kab_code === pair[`${s}_kab_code`] && m.nik === pair[`${s}_nik`]);
    if (member?.status !== "aktif") throw duplicateRefusals.memberNotActive(s, member?.status ?? "-");
  }
  const kept = side === "a" ? "b" : "a";
  const kab = pair[`${side}_kab_code`];
  const nik = pair[`${side}_nik`];
  await tx.execute(
    sql`UPDATE anggota SET status = 'ganda', updated_at = now() WHERE kab_code = ${kab} AND nik = ${nik}`,
  );
  const data = {
    changes: { status: { before: "aktif", after: "ganda" } },
    pairId: pair.id,
    pairKind: pair.kind,
    // Where the person's record lives on; the family page masks it for roles without full numbers.
    keptNik: pair[`${kept}_nik`],
    keptFamilyId: pair[`${kept}_family_id`],
  };
  await tx.execute(
    sql`INSERT INTO registry_event (kab_code, kind, no_kk, nik, recorded_by, data)
        VALUES (${kab}, 'ganda_digabung', ${pair[`${side}_no_kk`]}, ${nik}, ${actor.userId}, ${JSON.stringify(data)}::jsonb)`,
  );
}
