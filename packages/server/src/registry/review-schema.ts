import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import {
  createdAtColumn,
  desaCodeColumn,
  recordedAtColumn,
  regionalRowKey,
  updatedAtColumn,
} from "../db/columns.ts";

/**
 * A pair of members that may be one person: the same NIK in two kabupaten (`nik_sama`) or a similar
 * name with the same birth date in one kabupaten (`mirip`, pg_trgm similarity). A verifier merges or
 * dismisses it; both are audited.
 */
export const duplicatePair = pgTable(
  "duplicate_pair",
  {
    ...regionalRowKey(),
    kind: text("kind").notNull(),
    /** The two members, as (kab_code, nik) each; a < b so a pair is found once. */
    kabA: text("kab_a").notNull(),
    nikA: text("nik_a").notNull(),
    kabB: text("kab_b").notNull(),
    nikB: text("nik_b").notNull(),
    score: real("score").notNull(),
    /** terbuka (open), digabung (merged), ditolak (dismissed: two different people). */
    status: text("status").notNull().default("terbuka"),
    decidedBy: uuid("decided_by"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    note: text("note"),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.id] }),
    unique("duplicate_pair_members_key").on(t.kabCode, t.kabA, t.nikA, t.kabB, t.nikB),
    index("duplicate_pair_status_idx").on(t.kabCode, t.status),
    // Routes name a pair by its id alone (no kabupaten in a URL).
    index("duplicate_pair_id_idx").on(t.id),
  ],
);

/**
 * A DTKS update proposal (usulan): add a family, change data, or remove (meninggal, pindah, mampu,
 * ganda). It moves diusulkan → musdes (village deliberation recorded) → verval (verified in the field)
 * → disetujui | ditolak (Dinas Sosial). The proposer can never approve it.
 */
export const usulan = pgTable(
  "usulan",
  {
    ...regionalRowKey(),
    /** tambah, ubah, hapus. */
    kind: text("kind").notNull(),
    /** For hapus: meninggal, pindah, mampu, ganda. */
    reason: text("reason"),
    desaCode: desaCodeColumn(),
    noKk: text("no_kk"),
    nik: text("nik"),
    /** What is proposed (new family data, the changed fields …). */
    data: jsonb("data").notNull(),
    status: text("status").notNull().default("diusulkan"),
    proposedBy: uuid("proposed_by").notNull(),
    proposedAt: timestamp("proposed_at", { withTimezone: true }).notNull().defaultNow(),
    musdesDate: date("musdes_date"),
    /** Blob key of the deliberation's minutes (berita acara). */
    musdesMinutesKey: text("musdes_minutes_key"),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.id] }),
    index("usulan_status_idx").on(t.kabCode, t.status, t.desaCode),
    // Routes name a proposal by its id alone (no kabupaten in a URL).
    index("usulan_id_idx").on(t.id),
  ],
);

/** Every step an usulan took: who, when, from which status to which, and why. */
export const usulanStep = pgTable(
  "usulan_step",
  {
    ...regionalRowKey(),
    usulanId: uuid("usulan_id").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    actorId: uuid("actor_id").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    note: text("note"),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.id] }),
    index("usulan_step_usulan_idx").on(t.kabCode, t.usulanId),
  ],
);

/**
 * PMKS and PSKS categories (reference/pmks.csv, reference/psks.csv: Permensos 8/2012) as dated
 * versions: an administrator changes a category by adding a version from a date.
 */
export const socialCategory = pgTable(
  "social_category",
  {
    /** pmks or psks. */
    register: text("register").notNull(),
    kode: integer("kode").notNull(),
    berlakuMulai: date("berlaku_mulai").notNull(),
    nama: text("nama").notNull(),
    aktif: text("aktif").notNull().default("ya"),
  },
  (t) => [primaryKey({ columns: [t.register, t.kode, t.berlakuMulai] })],
);

/**
 * The PMKS and PSKS registers a TKSK keeps per kecamatan: a person, family or organisation in a
 * category, linked to a member or family where there is one.
 */
export const socialRegister = pgTable(
  "social_register",
  {
    ...regionalRowKey(),
    register: text("register").notNull(),
    kategoriKode: integer("kategori_kode").notNull(),
    kecamatanCode: text("kecamatan_code").notNull(),
    desaCode: text("desa_code"),
    nama: text("nama").notNull(),
    nik: text("nik"),
    noKk: text("no_kk"),
    keterangan: text("keterangan"),
    status: text("status").notNull().default("aktif"),
    recordedBy: uuid("recorded_by").notNull(),
    recordedAt: recordedAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.id] }),
    index("social_register_place_idx").on(t.kabCode, t.register, t.kecamatanCode, t.kategoriKode),
    index("social_register_id_idx").on(t.id),
  ],
);
