import { isFutureDate, maskNumber, type TCardCreate, type TCardDetail, type TCardHolder } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import { findFamily } from "../registry/find-family.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { cardRefusals } from "./card-refusals.ts";
import { dayStart, insertCardEvent } from "./card-sql.ts";
import { getCard } from "./get-card.ts";

/**
 * Registers a card for a family in the caller's scope: printed and waiting at the bank, or already
 * handed to the family. The card's first event, the card and the audit row commit together. A number
 * already registered is refused (409), so registering twice never makes two cards.
 */
export async function registerCard(
  db: TDb,
  actor: TActor,
  input: TCardCreate,
  now: Date = new Date(),
): Promise<TCardDetail> {
  requirePermission(actor, "card.manage");
  const family = await findFamily(db, actor, input.familyId);
  if (isFutureDate(input.tanggal, now)) throw cardRefusals.futureDate();
  const holder: TCardHolder =
    input.status === "diserahkan"
      ? { jenis: "keluarga", userId: null, nama: input.penerima ?? null }
      : { jenis: "bank", userId: null, nama: null };
  const id = await db.transaction(async (tx) => {
    // The pengurus is whoever the family's enrolment names: the one with this card first, then an open one.
    const [inserted] = await queryRows<{ id: string }>(
      tx,
      sql`INSERT INTO kartu_kks (kab_code, no_kks, no_kk, desa_code, nik_pengurus, bank, status, pemegang_jenis,
                                 pemegang_user_id, pemegang_nama, pemegang_sejak)
          SELECT ${family.kab_code}, ${input.noKks}, ${family.no_kk}, ${family.desa_code},
                 (SELECT e.nik_pengurus FROM enrolment e WHERE e.kab_code = ${family.kab_code} AND e.no_kk = ${family.no_kk}
                  ORDER BY (e.no_kks = ${input.noKks}) IS TRUE DESC,
                           e.status IN ('calon', 'tervalidasi', 'aktif', 'ditangguhkan') DESC, e.sejak DESC
                  LIMIT 1),
                 ${input.bank}, ${input.status}, ${holder.jenis}, ${holder.userId}, ${holder.nama}, ${dayStart(input.tanggal)}
          ON CONFLICT (kab_code, no_kks) DO NOTHING
          RETURNING id`,
    );
    if (!inserted) throw cardRefusals.numberTaken("noKks");
    await insertCardEvent(tx, {
      kabCode: family.kab_code,
      noKks: input.noKks,
      status: input.status,
      holder,
      tanggal: input.tanggal,
      catatan: null,
      actorId: actor.userId,
      idempotencyKey: null,
    });
    await writeAudit(tx, {
      wilayahCode: family.desa_code,
      actorId: actor.userId,
      action: "card.register",
      entityType: "kartu_kks",
      entityId: inserted.id,
      // No names: the audit log is append-only and outlives any correction.
      data: {
        noKks: maskNumber(input.noKks),
        noKk: maskNumber(family.no_kk),
        status: input.status,
        tanggal: input.tanggal,
      },
    });
    return inserted.id;
  });
  return getCard(db, actor, id, now);
}
