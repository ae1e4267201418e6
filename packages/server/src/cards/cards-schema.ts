import { date, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  desaCodeColumn,
  generatedIdColumn,
  kabCodeColumn,
  noKkColumn,
  recordedAtColumn,
  regionalRowKey,
  rowTimestamps,
} from "../db/columns.ts";

/**
 * A KKS card (issue 5, KKS cards): its state and who holds it now (custody). Cards must never sit with
 * staff (docs/domain.md, Fraud seen in the field): a card held by staff too long, or by a companion at all,
 * is flagged to Dinas Sosial.
 */
export const kartuKks = pgTable(
  "kartu_kks",
  {
    kabCode: kabCodeColumn(),
    /** An opaque id for addresses: the card number is personal data and stays out of URLs. */
    id: generatedIdColumn(),
    noKks: text("no_kks").notNull(),
    noKk: noKkColumn(),
    /** The family's desa, for scope filters. */
    desaCode: desaCodeColumn(),
    nikPengurus: text("nik_pengurus"),
    bank: text("bank").notNull(),
    status: text("status").notNull(),
    /** keluarga, staf, bank or desa. */
    pemegangJenis: text("pemegang_jenis").notNull(),
    /** The staff member holding it, when `pemegang_jenis` is staf. */
    pemegangUserId: uuid("pemegang_user_id"),
    /** The person who received it (the family member, the bank officer), as written on the receipt. */
    pemegangNama: text("pemegang_nama"),
    pemegangSejak: timestamp("pemegang_sejak", { withTimezone: true }).notNull(),
    /** The card this one replaced, when it is a replacement. */
    menggantikan: text("menggantikan"),
    ...rowTimestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.noKks] }),
    index("kartu_kks_id_idx").on(t.id),
    index("kartu_kks_family_idx").on(t.kabCode, t.noKk),
    index("kartu_kks_holder_idx").on(t.pemegangJenis, t.pemegangUserId),
    index("kartu_kks_desa_idx").on(t.desaCode),
  ],
);

/** Every lifecycle event and hand-over of a card: who, when, to whom. Appended to, never rewritten. */
export const kartuKksEvent = pgTable(
  "kartu_kks_event",
  {
    ...regionalRowKey(),
    noKks: text("no_kks").notNull(),
    /** The new status (or the same one, for a hand-over only). */
    status: text("status").notNull(),
    pemegangJenis: text("pemegang_jenis").notNull(),
    pemegangUserId: uuid("pemegang_user_id"),
    pemegangNama: text("pemegang_nama"),
    tanggal: date("tanggal").notNull(),
    catatan: text("catatan"),
    actorId: uuid("actor_id").notNull(),
    idempotencyKey: text("idempotency_key"),
    recordedAt: recordedAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.id] }),
    index("kartu_kks_event_card_idx").on(t.kabCode, t.noKks),
  ],
);
