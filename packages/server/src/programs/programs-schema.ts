import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
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
  programCodeColumn,
  recordedAtColumn,
  regionalRowKey,
  rowCreation,
  rowTimestamps,
} from "../db/columns.ts";

/**
 * The programme catalogue (docs/domain.md, Programmes): Sembako, PKH, PBI, PIP, BST, RTLH and local (APBD)
 * programmes. A reference table: a few rows, the same on every node.
 */
export const program = pgTable("program", {
  /** SEMBAKO, PKH, PBI, PIP, BST, RTLH, or a local code (docs/formats.md §2 `program`). */
  code: text("code").primaryKey(),
  namaId: text("nama_id").notNull(),
  namaEn: text("nama_en").notNull(),
  /** nasional or lokal (APBD of a kabupaten). */
  jenis: text("jenis").notNull(),
  /** The kabupaten that funds a local programme; null for national ones. */
  kabCode: text("kab_code"),
  aktif: boolean("aktif").notNull().default(true),
  createdAt: createdAtColumn(),
});

/**
 * A programme's rules as dated data, never code: each row is one version of one rule, in force from
 * `berlaku_mulai` until the next version of the same rule. History stays; an admin adds a version.
 * Rules: `sembako_nominal` (rupiah per KPM per month), `pkh_indeks` (yearly rupiah per component),
 * `pkh_batas_komponen` (at most N components per family), `tahap` (the stage calendar).
 */
export const programRule = pgTable(
  "program_rule",
  {
    programCode: programCodeColumn(),
    rule: text("rule").notNull(),
    berlakuMulai: date("berlaku_mulai").notNull(),
    value: jsonb("value").notNull(),
    note: text("note"),
    ...rowCreation(),
  },
  (t) => [primaryKey({ columns: [t.programCode, t.rule, t.berlakuMulai] })],
);

/**
 * A family's enrolment (kepesertaan) in a programme, through its card holder (pengurus). States of
 * docs/domain.md: calon → tervalidasi → aktif → ditangguhkan → dihentikan | graduasi. High-volume.
 */
export const enrolment = pgTable(
  "enrolment",
  {
    ...regionalRowKey(),
    programCode: programCodeColumn(),
    noKk: noKkColumn(),
    /** The family's desa, kept here so scope filters apply to the enrolment row itself. */
    desaCode: desaCodeColumn(),
    nikPengurus: text("nik_pengurus").notNull(),
    status: text("status").notNull(),
    /** The date the current status holds from. */
    sejak: date("sejak").notNull(),
    noKks: text("no_kks"),
    bank: text("bank"),
    createdBy: uuid("created_by"),
    ...rowTimestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.id] }),
    index("enrolment_id_idx").on(t.id),
    index("enrolment_family_idx").on(t.kabCode, t.noKk),
    index("enrolment_program_desa_idx").on(t.programCode, t.desaCode, t.status),
    // One open enrolment per family and programme: a second active Sembako enrolment is impossible,
    // even for two imports racing each other. Ended ones (dihentikan, graduasi) stay as history.
    uniqueIndex("enrolment_open_key")
      .on(t.kabCode, t.programCode, t.noKk)
      .where(sql`status IN ('calon', 'tervalidasi', 'aktif', 'ditangguhkan')`),
  ],
);

/** Every change of an enrolment's state: who, when, why. Appended to, never rewritten. */
export const enrolmentTransition = pgTable(
  "enrolment_transition",
  {
    ...regionalRowKey(),
    enrolmentId: uuid("enrolment_id").notNull(),
    /** Null for the enrolment's first state. */
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    /** The date the change takes effect (may be earlier than when it was recorded). */
    tanggal: date("tanggal").notNull(),
    alasan: text("alasan").notNull(),
    actorId: uuid("actor_id").notNull(),
    /** The import job that made the change, when it came from a `peserta` file. */
    jobId: uuid("job_id"),
    recordedAt: recordedAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.id] }),
    index("enrolment_transition_enrolment_idx").on(t.kabCode, t.enrolmentId),
  ],
);

/**
 * A family's PKH entitlement for one stage, computed set-based for a whole stage at once and kept so
 * payment lists and reports read the figure that was computed (with its explanation).
 */
export const pkhEntitlement = pgTable(
  "pkh_entitlement",
  {
    kabCode: kabCodeColumn(),
    tahun: smallint("tahun").notNull(),
    tahap: smallint("tahap").notNull(),
    noKk: noKkColumn(),
    desaCode: desaCodeColumn(),
    /** The date the members were counted on (the stage's first day). */
    tanggal: date("tanggal").notNull(),
    /** Rupiah for this stage: the counted components' yearly index divided by the stages in a year. */
    nominal: bigint("nominal", { mode: "number" }).notNull(),
    /** Components counted (and those dropped by the cap) with the member each came from. */
    komponen: jsonb("komponen").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
    jobId: uuid("job_id"),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.tahun, t.tahap, t.noKk] }),
    index("pkh_entitlement_desa_idx").on(t.tahun, t.tahap, t.desaCode),
  ],
);

/**
 * Aid from outside the government (docs/domain.md, Programmes): people, companies, LKS, mosques. Recorded
 * so that aid piling up on some families while others get none becomes visible.
 */
export const bantuanLain = pgTable(
  "bantuan_lain",
  {
    ...regionalRowKey(),
    noKk: noKkColumn(),
    desaCode: desaCodeColumn(),
    /** perorangan, perusahaan, lks, masjid, lainnya. */
    jenisPemberi: text("jenis_pemberi").notNull(),
    pemberi: text("pemberi").notNull(),
    /** uang, sembako, barang, jasa, lainnya. */
    bentuk: text("bentuk").notNull(),
    uraian: text("uraian"),
    /** Value in whole rupiah (an estimate for goods). */
    nilai: bigint("nilai", { mode: "number" }).notNull(),
    tanggal: date("tanggal").notNull(),
    recordedBy: uuid("recorded_by").notNull(),
    recordedAt: recordedAtColumn(),
    /** The client's Idempotency-Key: a retried submission from the field is stored once. */
    idempotencyKey: text("idempotency_key"),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.id] }),
    index("bantuan_lain_family_idx").on(t.kabCode, t.noKk),
    index("bantuan_lain_desa_idx").on(t.desaCode, t.tanggal),
    uniqueIndex("bantuan_lain_idempotency_key").on(t.kabCode, t.recordedBy, t.idempotencyKey),
  ],
);
