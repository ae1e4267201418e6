import {
  checkCardEvent,
  latestLocalDate,
  maskNumber,
  type TCardDetail,
  type TCardEvent,
  type TCardStatus,
  type THolderKind,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { cardRefusals } from "./card-refusals.ts";
import { readStaffDays } from "./card-settings.ts";
import { dayStart, insertCardEvent } from "./card-sql.ts";
import { findCard } from "./find-card.ts";
import { getCard } from "./get-card.ts";

export interface TRecordCardEventInput {
  cardId: string;
  /** Made by the client per submission; a retry with the same key is stored once. */
  idempotencyKey: string;
  event: TCardEvent;
}

interface TLockedCard {
  status: TCardStatus;
  pemegang_jenis: THolderKind;
  pemegang_user_id: string | null;
  pemegang_nama: string | null;
  last_tanggal: string;
}

interface TStoredEvent {
  no_kks: string;
  status: string;
  pemegang_jenis: string;
  pemegang_user_id: string | null;
  tanggal: string;
  catatan: string | null;
}

/** A key reused for a different event is a client fault, never silently answered with the first one. */
function sameRequest(stored: TStoredEvent, noKks: string, event: TCardEvent): boolean {
  return (
    stored.no_kks === noKks &&
    (event.status === undefined || stored.status === event.status) &&
    (event.pemegangJenis === undefined || stored.pemegang_jenis === event.pemegangJenis) &&
    (event.pemegangUserId === undefined || stored.pemegang_user_id === event.pemegangUserId) &&
    stored.tanggal === event.tanggal &&
    (stored.catatan ?? "") === (event.catatan ?? "")
  );
}

/**
 * Records one event on a card in the caller's scope: a change of state from the transition table, or a
 * hand-over to another holder. The event row, the card's new state and holder, the replacement card
 * (for `diganti`) and the audit row commit together. The card row is locked first, so two events on
 * one card never both pass the check, and a retry racing its first attempt finds the stored event.
 */
export async function recordCardEvent(
  db: TDb,
  actor: TActor,
  input: TRecordCardEventInput,
  now: Date = new Date(),
): Promise<TCardDetail & { replayed: boolean }> {
  requirePermission(actor, "card.manage");
  const today = latestLocalDate(now);
  const card = await findCard(db, actor, input.cardId, today, await readStaffDays(db));
  const { event } = input;
  const replayed = await db.transaction(async (tx) => {
    const [locked] = await queryRows<TLockedCard>(
      tx,
      sql`SELECT k.status, k.pemegang_jenis, k.pemegang_user_id, k.pemegang_nama,
                 (SELECT max(e.tanggal)::text FROM kartu_kks_event e
                  WHERE e.kab_code = k.kab_code AND e.no_kks = k.no_kks) AS last_tanggal
          FROM kartu_kks k WHERE k.kab_code = ${card.kab_code} AND k.no_kks = ${card.no_kks} FOR UPDATE`,
    );
    if (!locked) throw new Error("card vanished");
    const [stored] = await queryRows<TStoredEvent>(
      tx,
      sql`SELECT no_kks, status, pemegang_jenis, pemegang_user_id, tanggal::text AS tanggal, catatan
          FROM kartu_kks_event
          WHERE kab_code = ${card.kab_code} AND actor_id = ${actor.userId} AND idempotency_key = ${input.idempotencyKey}
          LIMIT 1`,
    );
    if (stored) {
      if (!sameRequest(stored, card.no_kks, event)) throw cardRefusals.keyReused();
      return true;
    }
    const check = checkCardEvent(
      {
        status: locked.status,
        holder: { jenis: locked.pemegang_jenis, userId: locked.pemegang_user_id, nama: locked.pemegang_nama },
        lastTanggal: locked.last_tanggal ?? "0000-00-00",
      },
      event,
      now,
    );
    if (!check.ok) throw cardRefusals.refused(check.field, check.refusal);
    const holder = { ...check.holder };
    if (holder.jenis === "staf") {
      // The staff member's name comes from the account, never from the form.
      const [user] = await queryRows<{ full_name: string }>(
        tx,
        sql`SELECT full_name FROM users WHERE id = ${holder.userId}`,
      );
      if (!user) throw cardRefusals.unknownStaff();
      holder.nama = user.full_name;
    }
    let replacement: string | null = null;
    if (check.status === "diganti" && event.noKksBaru) {
      if (event.noKksBaru === card.no_kks) throw cardRefusals.sameNumber();
      const [created] = await queryRows<{ id: string }>(
        tx,
        sql`INSERT INTO kartu_kks (kab_code, no_kks, no_kk, desa_code, nik_pengurus, bank, status, pemegang_jenis,
                                   pemegang_sejak, menggantikan)
            VALUES (${card.kab_code}, ${event.noKksBaru}, ${card.no_kk}, ${card.desa_code}, ${card.nik_pengurus},
                    ${card.bank}, 'dicetak', 'bank', ${dayStart(event.tanggal)}, ${card.no_kks})
            ON CONFLICT (kab_code, no_kks) DO NOTHING
            RETURNING id`,
      );
      if (!created) throw cardRefusals.numberTaken("noKksBaru");
      replacement = created.id;
      await insertCardEvent(tx, {
        kabCode: card.kab_code,
        noKks: event.noKksBaru,
        status: "dicetak",
        holder: { jenis: "bank", userId: null, nama: null },
        tanggal: event.tanggal,
        catatan: null,
        actorId: actor.userId,
        idempotencyKey: null,
      });
    }
    await insertCardEvent(tx, {
      kabCode: card.kab_code,
      noKks: card.no_kks,
      status: check.status,
      holder,
      tanggal: event.tanggal,
      catatan: event.catatan || null,
      actorId: actor.userId,
      idempotencyKey: input.idempotencyKey,
    });
    const holderChanged =
      holder.jenis !== locked.pemegang_jenis ||
      holder.userId !== locked.pemegang_user_id ||
      holder.nama !== locked.pemegang_nama;
    await tx.execute(
      sql`UPDATE kartu_kks
          SET status = ${check.status}, pemegang_jenis = ${holder.jenis}, pemegang_user_id = ${holder.userId},
              pemegang_nama = ${holder.nama}, updated_at = now(),
              pemegang_sejak = ${holderChanged ? dayStart(event.tanggal) : sql`pemegang_sejak`}
          WHERE kab_code = ${card.kab_code} AND no_kks = ${card.no_kks}`,
    );
    await writeAudit(tx, {
      wilayahCode: card.desa_code,
      actorId: actor.userId,
      action: check.handOverOnly ? "card.handover" : "card.transition",
      entityType: "kartu_kks",
      entityId: card.id,
      // No names or notes: the audit log is append-only and outlives any correction.
      data: {
        noKks: maskNumber(card.no_kks),
        from: locked.status,
        to: check.status,
        pemegang: holder.jenis,
        pemegangUserId: holder.userId,
        tanggal: event.tanggal,
        ...(replacement ? { pengganti: maskNumber(event.noKksBaru), penggantiId: replacement } : {}),
      },
    });
    return false;
  });
  return { ...(await getCard(db, actor, card.id, now)), replayed };
}
