import { sql } from "drizzle-orm";
import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  createdAtColumn,
  desaCodeColumn,
  kabCodeColumn,
  noKkColumn,
  regionalRowKey,
  rowCreation,
  updatedAtColumn,
} from "../db/columns.ts";

/**
 * A companion (TKSK, PKH companion, PSM) assigned to a desa from a date; `selesai` ends it. Assignments
 * are never deleted, so who was responsible for a desa on any date can be answered.
 */
export const companionDesa = pgTable(
  "companion_desa",
  {
    ...regionalRowKey(),
    userId: uuid("user_id").notNull(),
    desaCode: desaCodeColumn(),
    mulai: date("mulai").notNull(),
    selesai: date("selesai"),
    ...rowCreation(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.id] }),
    index("companion_desa_user_idx").on(t.userId),
    index("companion_desa_desa_idx").on(t.desaCode),
    uniqueIndex("companion_desa_open_key").on(t.kabCode, t.userId, t.desaCode).where(sql`selesai IS NULL`),
  ],
);

/**
 * A PKH family's companion from a date (docs/domain.md: ~375 KPM each). One open assignment per family:
 * a family always knows who its one companion is.
 */
export const companionFamily = pgTable(
  "companion_family",
  {
    ...regionalRowKey(),
    noKk: noKkColumn(),
    desaCode: desaCodeColumn(),
    userId: uuid("user_id").notNull(),
    mulai: date("mulai").notNull(),
    selesai: date("selesai"),
    /** The handover that made this assignment, when it came from one. */
    handoverId: uuid("handover_id"),
    ...rowCreation(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.id] }),
    index("companion_family_user_idx").on(t.userId, t.selesai),
    index("companion_family_desa_idx").on(t.desaCode),
    uniqueIndex("companion_family_open_key").on(t.kabCode, t.noKk).where(sql`selesai IS NULL`),
  ],
);

/**
 * The caseload norm per companion role (375 families for a PKH companion): configurable data. The row of
 * `ID` is the national default; a kabupaten (`35.17`) may set its own, which its companions are held to.
 * A reference table: three roles times the kabupaten that chose their own norm.
 */
export const caseloadNorm = pgTable(
  "caseload_norm",
  {
    wilayahCode: text("wilayah_code").notNull(),
    role: text("role").notNull(),
    /** Families per companion (PKH) or desa per companion (TKSK, PSM). */
    norma: integer("norma").notNull(),
    unit: text("unit").notNull(),
    updatedBy: uuid("updated_by"),
    updatedAt: updatedAtColumn(),
  },
  (t) => [primaryKey({ columns: [t.wilayahCode, t.role] })],
);

/**
 * A caseload moved from one companion to another (a companion leaves). Every family moved must be told
 * who its new companion is (docs/domain.md, the companion's work): `handover_family` tracks each one.
 */
export const handover = pgTable(
  "handover",
  {
    ...regionalRowKey(),
    fromUserId: uuid("from_user_id").notNull(),
    toUserId: uuid("to_user_id").notNull(),
    tanggal: date("tanggal").notNull(),
    alasan: text("alasan").notNull(),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [primaryKey({ columns: [t.kabCode, t.id] }), index("handover_to_idx").on(t.toUserId)],
);

export const handoverFamily = pgTable(
  "handover_family",
  {
    kabCode: kabCodeColumn(),
    handoverId: uuid("handover_id").notNull(),
    noKk: noKkColumn(),
    desaCode: desaCodeColumn(),
    /** When the family was told (a visit, a meeting, the letter handed over); null until then. */
    informedAt: timestamp("informed_at", { withTimezone: true }),
    informedBy: uuid("informed_by"),
    informedHow: text("informed_how"),
  },
  (t) => [primaryKey({ columns: [t.kabCode, t.handoverId, t.noKk] })],
);
