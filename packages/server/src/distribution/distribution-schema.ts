import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
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
  programPeriod,
  regionalRowKey,
  rowCreation,
  rowTimestamps,
} from "../db/columns.ts";

/**
 * A distribution period of a programme (docs/domain.md, Distribution): Sembako monthly, PKH in the month a
 * stage is paid. A reference table: few rows, the same on every node. Transactions for a period that
 * does not exist are refused.
 */
export const periodePenyaluran = pgTable(
  "periode_penyaluran",
  {
    programCode: programCodeColumn(),
    /** `YYYY-MM`. */
    periode: text("periode").notNull(),
    /** The PKH stage paid in this month (1–4); null for Sembako. */
    tahap: smallint("tahap"),
    mulai: date("mulai").notNull(),
    selesai: date("selesai").notNull(),
    ...rowCreation(),
  },
  (t) => [primaryKey({ columns: [t.programCode, t.periode] })],
);

/**
 * The payment list (daftar bayar, SP2D; docs/formats.md §3): one row per family per programme per period.
 * The unique key makes a second row for the same family, programme and period impossible, even for
 * two imports racing each other. High-volume.
 */
export const daftarBayar = pgTable(
  "daftar_bayar",
  {
    ...regionalRowKey(),
    ...programPeriod(),
    noKk: noKkColumn(),
    /** The family's desa when the list was imported, so scope filters apply to the row itself. */
    desaCode: desaCodeColumn(),
    nikPengurus: text("nik_pengurus").notNull(),
    nominal: bigint("nominal", { mode: "number" }).notNull(),
    noKks: text("no_kks").notNull(),
    bank: text("bank").notNull(),
    tahap: smallint("tahap"),
    /** belum, terinjek, gagal: whether the bank has put the balance on the card. */
    statusInjeksi: text("status_injeksi").notNull().default("belum"),
    terinjekPada: date("terinjek_pada"),
    jobId: uuid("job_id"),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.id] }),
    uniqueIndex("daftar_bayar_family_key").on(t.kabCode, t.programCode, t.periode, t.noKk),
    index("daftar_bayar_card_idx").on(t.kabCode, t.periode, t.noKks),
    index("daftar_bayar_desa_idx").on(t.kabCode, t.programCode, t.periode, t.desaCode),
  ],
);

/** An e-Warong or bank agent (docs/formats.md §5): where KPM spend or withdraw. */
export const agen = pgTable(
  "agen",
  {
    kabCode: kabCodeColumn(),
    idAgen: text("id_agen").notNull(),
    nama: text("nama").notNull(),
    desaCode: desaCodeColumn(),
    bank: text("bank").notNull(),
    alamat: text("alamat"),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    /** The agent's own login (role `agen`): it sees only this agent's schedule and transactions. */
    userId: uuid("user_id"),
    aktif: boolean("aktif").notNull().default(true),
    jobId: uuid("job_id"),
    ...rowTimestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.idAgen] }),
    index("agen_desa_idx").on(t.desaCode),
    index("agen_user_idx").on(t.userId),
    // Routes and checklists name an agent by its id alone (no kabupaten in a URL or a form).
    index("agen_id_idx").on(t.idAgen),
  ],
);

/** One distribution day at one agent (the TKSK's monthly schedule): date, hours, the families expected. */
export const jadwalPenyaluran = pgTable(
  "jadwal_penyaluran",
  {
    ...regionalRowKey(),
    ...programPeriod(),
    idAgen: text("id_agen").notNull(),
    /** The agent's desa, for scope filters. */
    desaCode: desaCodeColumn(),
    tanggal: date("tanggal").notNull(),
    jamMulai: time("jam_mulai").notNull(),
    jamSelesai: time("jam_selesai").notNull(),
    catatan: text("catatan"),
    createdBy: uuid("created_by").notNull(),
    ...rowTimestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.id] }),
    index("jadwal_agen_idx").on(t.kabCode, t.periode, t.idAgen),
    index("jadwal_desa_idx").on(t.periode, t.desaCode),
    // Routes name a schedule day by its id alone (no kabupaten in a URL).
    index("jadwal_penyaluran_id_idx").on(t.id),
  ],
);

/** The families expected on a schedule day; a family is expected once per programme and period. */
export const jadwalKeluarga = pgTable(
  "jadwal_keluarga",
  {
    kabCode: kabCodeColumn(),
    jadwalId: uuid("jadwal_id").notNull(),
    ...programPeriod(),
    noKk: noKkColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.jadwalId, t.noKk] }),
    uniqueIndex("jadwal_keluarga_once").on(t.kabCode, t.programCode, t.periode, t.noKk),
  ],
);

/**
 * A transaction as the bank or the agent recorded it (docs/formats.md §4): a withdrawal or a purchase with
 * the KKS card. Kept as recorded, even when no list knows the card. High-volume.
 */
export const transaksi = pgTable(
  "transaksi",
  {
    kabCode: kabCodeColumn(),
    idTransaksi: text("id_transaksi").notNull(),
    waktu: timestamp("waktu", { withTimezone: true }).notNull(),
    ...programPeriod(),
    noKks: text("no_kks").notNull(),
    nominal: bigint("nominal", { mode: "number" }).notNull(),
    /** berhasil or gagal. */
    status: text("status").notNull(),
    alasan: text("alasan"),
    idAgen: text("id_agen").notNull(),
    /** The agent's desa, for scope filters. */
    desaCode: desaCodeColumn(),
    /** impor (a bank or e-Warong file) or agen (recorded at the counter in the web app). */
    sumber: text("sumber").notNull(),
    jobId: uuid("job_id"),
    recordedBy: uuid("recorded_by"),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.idTransaksi] }),
    index("transaksi_card_idx").on(t.kabCode, t.periode, t.programCode, t.noKks),
    index("transaksi_agen_idx").on(t.kabCode, t.idAgen, t.waktu),
  ],
);

/** The goods of one e-Warong purchase (docs/formats.md §4 `transaksi_item`), with the price checked against HET. */
export const transaksiItem = pgTable(
  "transaksi_item",
  {
    kabCode: kabCodeColumn(),
    idTransaksi: text("id_transaksi").notNull(),
    baris: smallint("baris").notNull(),
    komoditas: text("komoditas").notNull(),
    jumlah: numeric("jumlah").notNull(),
    satuan: text("satuan").notNull(),
    hargaSatuan: bigint("harga_satuan", { mode: "number" }).notNull(),
    /** The HET in force on the transaction's day, when the table knows the commodity and unit. */
    het: bigint("het", { mode: "number" }),
  },
  (t) => [primaryKey({ columns: [t.kabCode, t.idTransaksi, t.baris] })],
);

/**
 * The retail ceiling (HET) per commodity and unit, as dated versions (reference data): a price above
 * the version in force on the day breaks Tepat harga.
 */
export const hargaEceranTertinggi = pgTable(
  "harga_eceran_tertinggi",
  {
    komoditas: text("komoditas").notNull(),
    satuan: text("satuan").notNull(),
    berlakuMulai: date("berlaku_mulai").notNull(),
    harga: bigint("harga", { mode: "number" }).notNull(),
    note: text("note"),
    ...rowCreation(),
  },
  (t) => [primaryKey({ columns: [t.komoditas, t.satuan, t.berlakuMulai] })],
);

/**
 * The reconciliation result (docs/formats.md, Reconciliation result): per listed family (`kunci` = No. KK)
 * or per unlisted card (`kunci` = "kks:" + No. KKS, class tidak_terdaftar), per programme and period.
 * Recomputed whole for a period and a scope; high-volume.
 */
export const rekonsiliasi = pgTable(
  "rekonsiliasi",
  {
    kabCode: kabCodeColumn(),
    ...programPeriod(),
    kunci: text("kunci").notNull(),
    noKk: text("no_kk"),
    noKks: text("no_kks").notNull(),
    desaCode: desaCodeColumn(),
    kelas: text("kelas").notNull(),
    nominalDaftar: bigint("nominal_daftar", { mode: "number" }).notNull().default(0),
    nominalRealisasi: bigint("nominal_realisasi", { mode: "number" }).notNull().default(0),
    jumlahTransaksi: smallint("jumlah_transaksi").notNull().default(0),
    transaksiTerakhir: timestamp("transaksi_terakhir", { withTimezone: true }),
    /** An alasan_belum code, or the bank's failure reason, when known. */
    alasan: text("alasan"),
    keterangan: text("keterangan"),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.programCode, t.periode, t.kunci] }),
    index("rekonsiliasi_desa_idx").on(t.programCode, t.periode, t.desaCode, t.kelas),
  ],
);

/**
 * Why a listed family did not withdraw or spend, as a companion found in the field. A command with an
 * idempotency key (the phone's outbox may send it twice); the latest for a family and period counts.
 */
export const alasanBelum = pgTable(
  "alasan_belum",
  {
    ...regionalRowKey(),
    ...programPeriod(),
    noKk: noKkColumn(),
    desaCode: desaCodeColumn(),
    alasan: text("alasan").notNull(),
    keterangan: text("keterangan"),
    /** When the companion found it (the phone's clock), and when the server received it. */
    dicatatPada: timestamp("dicatat_pada", { withTimezone: true }).notNull(),
    recordedBy: uuid("recorded_by").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.id] }),
    uniqueIndex("alasan_belum_idempotency_key").on(t.kabCode, t.idempotencyKey),
    index("alasan_belum_family_idx").on(t.kabCode, t.programCode, t.periode, t.noKk),
  ],
);
