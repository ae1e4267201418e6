import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
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
 * Families (keluarga, by No. KK) and their members (anggota, by NIK), with the DTKS attributes of
 * docs/domain.md. High-volume: distributed by `kab_code`, the kabupaten of the family's desa.
 */
export const keluarga = pgTable(
  "keluarga",
  {
    kabCode: kabCodeColumn(),
    noKk: noKkColumn(),
    /** An opaque id for URLs: a No. KK is personal data and never goes into a URL or a log. */
    id: generatedIdColumn(),
    desaCode: desaCodeColumn(),
    alamat: text("alamat"),
    rt: text("rt"),
    rw: text("rw"),
    /** DTKS welfare decile, 1 (poorest) to 10. */
    desil: smallint("desil"),
    statusRumah: text("status_rumah"),
    lantai: text("lantai"),
    dinding: text("dinding"),
    atap: text("atap"),
    jamban: text("jamban"),
    sumberAir: text("sumber_air"),
    dayaListrik: text("daya_listrik"),
    /** aktif, or why the family left the registry (pindah, meninggal, mampu, ganda) once approved. */
    status: text("status").notNull().default("aktif"),
    ...rowTimestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.noKk] }),
    unique("keluarga_id_key").on(t.kabCode, t.id),
    index("keluarga_id_idx").on(t.id),
    index("keluarga_desa_idx").on(t.desaCode),
    index("keluarga_no_kk_idx").on(t.noKk),
  ],
);

export const anggota = pgTable(
  "anggota",
  {
    kabCode: kabCodeColumn(),
    nik: text("nik").notNull(),
    noKk: noKkColumn(),
    /**
     * The member's desa (the family's, kept with each member): scope filters apply to the member row
     * itself, so a name search stops after the first matches instead of joining every family.
     */
    desaCode: desaCodeColumn(),
    nama: text("nama").notNull(),
    hubungan: text("hubungan").notNull(),
    jenisKelamin: text("jenis_kelamin").notNull(),
    tanggalLahir: date("tanggal_lahir").notNull(),
    pendidikan: text("pendidikan"),
    pekerjaan: text("pekerjaan"),
    disabilitas: boolean("disabilitas"),
    hamil: boolean("hamil"),
    /**
     * aktif, meninggal, pindah or ganda (a second record of a person, merged away in the duplicate
     * review): a member is never deleted, its history stays.
     */
    status: text("status").notNull().default("aktif"),
    ...rowTimestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.nik] }),
    // NIK and No. KK lookups come without a kabupaten (a companion types the number); a family's
    // members are found by No. KK too (one index less to keep up on a million-row import).
    index("anggota_nik_idx").on(t.nik),
    index("anggota_no_kk_idx").on(t.noKk),
    index("anggota_nama_trgm_idx").using("gin", sql`lower(${t.nama}) gin_trgm_ops`),
    // Likely duplicates: similar names with the same birth date in the same kabupaten.
    index("anggota_birth_idx").on(t.kabCode, t.tanggalLahir),
  ],
);

/**
 * What happened to a family or member: imported changes, births, deaths, moves, school changes …
 * Who, when, what changed, and the evidence. Never updated or deleted.
 */
export const registryEvent = pgTable(
  "registry_event",
  {
    ...regionalRowKey(),
    kind: text("kind").notNull(),
    noKk: noKkColumn(),
    nik: text("nik"),
    occurredOn: date("occurred_on"),
    recordedAt: recordedAtColumn(),
    recordedBy: uuid("recorded_by"),
    /** The import job that made the change, when it came from a file. */
    jobId: uuid("job_id"),
    data: jsonb("data").notNull(),
    evidenceKey: text("evidence_key"),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.id] }),
    index("registry_event_family_idx").on(t.kabCode, t.noKk),
  ],
);
