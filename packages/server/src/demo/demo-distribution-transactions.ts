import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { FRAUD_AGENT } from "./demo-distribution-agents.ts";
import type { TDemoActors } from "./demo-distribution-lists.ts";
import { stableHash, stableUuid } from "./demo-sql.ts";

const count = async (tx: TDb, query: ReturnType<typeof sql>) =>
  (
    await queryRows<{ n: number }>(
      tx,
      sql`WITH ins AS (${query} ON CONFLICT DO NOTHING RETURNING 1) SELECT count(*)::int AS n FROM ins`,
    )
  )[0]?.n ?? 0;

/**
 * What each outcome of `demo_plan` leaves in the bank's file: status, amount (null: the listed one),
 * minutes after the family's queue slot, and the bank's reason on failure.
 */
const steps = sql`(VALUES
  ('penuh', 1, 'berhasil', NULL::bigint, 0, NULL),
  ('dua', 1, 'berhasil', 120000, 0, NULL),
  ('dua', 2, 'berhasil', 80000, 150, NULL),
  ('sebagian150', 1, 'berhasil', 150000, 0, NULL),
  ('sebagian100', 1, 'berhasil', 100000, 0, NULL),
  ('ulang', 1, 'gagal', NULL, 0, 'Gangguan jaringan EDC'),
  ('ulang', 2, 'berhasil', NULL, 4, NULL),
  ('saldo_nol', 1, 'gagal', NULL, 0, 'Saldo nol'),
  ('kartu', 1, 'gagal', NULL, 0, 'Kartu tidak terbaca'),
  ('blokir', 1, 'gagal', NULL, 0, 'Kartu terblokir')
) AS s(hasil, seq, status, nominal, menit, alasan)`;

/**
 * The goods of one purchase by amount: rice, eggs and a protein or vegetable, adding up to the amount
 * and priced at or under the HET (beras 12,500/kg, telur 30,000/kg, …). The two `mahal` shops sell the
 * 200,000 package above it (beras 13,000/kg, tahu 16,000/kg) for the 6T Tepat harga check to find.
 */
const bundles = sql`(VALUES
  (200000, FALSE, 1, 'beras', 10, 'kg', 12000), (200000, FALSE, 2, 'telur_ayam', 2, 'kg', 28000),
  (200000, FALSE, 3, 'kacang_hijau', 1, 'kg', 24000),
  (200000, TRUE, 1, 'beras', 10, 'kg', 13000), (200000, TRUE, 2, 'telur_ayam', 2, 'kg', 29000),
  (200000, TRUE, 3, 'tahu', 0.75, 'kg', 16000),
  (150000, FALSE, 1, 'beras', 5, 'kg', 12000), (150000, FALSE, 2, 'telur_ayam', 2, 'kg', 27500),
  (150000, FALSE, 3, 'daging_ayam', 0.5, 'kg', 38000), (150000, FALSE, 4, 'tempe', 1, 'kg', 16000),
  (120000, FALSE, 1, 'beras', 5, 'kg', 12000), (120000, FALSE, 2, 'telur_ayam', 1, 'kg', 28000),
  (120000, FALSE, 3, 'minyak_goreng', 1, 'liter', 15000), (120000, FALSE, 4, 'gula_pasir', 1, 'kg', 17000),
  (100000, FALSE, 1, 'beras', 5, 'kg', 12000), (100000, FALSE, 2, 'telur_ayam', 1, 'kg', 27000),
  (100000, FALSE, 3, 'tempe', 1, 'kg', 13000),
  (80000, FALSE, 1, 'beras', 5, 'kg', 12000), (80000, FALSE, 2, 'telur_ayam', 0.5, 'kg', 28000),
  (80000, FALSE, 3, 'tahu', 0.5, 'kg', 12000)
) AS b(nominal, mahal, baris, komoditas, jumlah, satuan, harga)`;

/**
 * The e-Warong files carry item lines (an optional second file, docs/formats.md §4) for the two months the
 * TKSK checked with 6T; the earlier months came as bank transactions only. Keeps the first start quick.
 */
const ITEMS_FROM = "2025-11";

/** A card no payment list and no card register knows, used once in the planted burst. */
export const UNKNOWN_CARD = "5264990017250419";

/**
 * Schedules, transactions with their goods, and the TKSK's field reasons, from `demo_plan`.
 *
 * Queue slots are spread evenly over the opening hours (08:00–15:00 for Sembako, 09:00–15:00 for PKH),
 * a few minutes apart even at the busiest shop, so the only burst of many cards at one counter is the
 * planted one (`demo-distribution-fraud.ts`). Times are WIB, stored as UTC.
 */
export async function insertDemoTransactions(
  tx: TDb,
  actors: TDemoActors,
): Promise<{ schedules: number; scheduled: number; transactions: number; items: number; reasons: number }> {
  const schedules = await count(
    tx,
    sql`INSERT INTO jadwal_penyaluran (kab_code, id, program_code, periode, id_agen, desa_code, tanggal, jam_mulai,
                                       jam_selesai, catatan, created_by)
        SELECT DISTINCT p.kab_code, ${stableUuid(sql`'demo-jadwal:' || p.id_agen || p.periode || p.hari_ke`)}, p.program_code,
               p.periode, p.id_agen, p.desa_code, p.tanggal, TIME '08:00', TIME '15:00',
               'Penyaluran Sembako hari ke-' || p.hari_ke, ${actors.tksk}::uuid
        FROM demo_plan p WHERE p.program_code = 'SEMBAKO'`,
  );
  const scheduled = await count(
    tx,
    sql`INSERT INTO jadwal_keluarga (kab_code, jadwal_id, program_code, periode, no_kk)
        SELECT p.kab_code, ${stableUuid(sql`'demo-jadwal:' || p.id_agen || p.periode || p.hari_ke`)}, p.program_code,
               p.periode, p.no_kk
        FROM demo_plan p WHERE p.program_code = 'SEMBAKO'`,
  );
  await tx.execute(sql`CREATE TEMP TABLE demo_trx ON COMMIT DROP AS
    WITH t AS (
      SELECT p.kab_code, p.program_code, p.periode, p.no_kk, p.kartu_pakai AS no_kks, p.id_agen, p.mahal,
             p.tanggal, s.seq, s.status, coalesce(s.nominal, p.nominal) AS nominal, s.alasan,
             ((p.tanggal + make_interval(mins => CASE WHEN p.program_code = 'PKH'
                                                      THEN 540 + (360 * p.slot / p.n_hari)::int
                                                      ELSE 480 + (420 * p.slot / p.n_hari)::int END + s.menit))
               - interval '7 hours') AT TIME ZONE 'UTC' AS waktu
      FROM demo_plan p JOIN ${steps} ON s.hasil = p.hasil
      UNION ALL
      -- The planted burst: every collected card one minute apart, then a card nobody listed.
      SELECT p.kab_code, p.program_code, p.periode, p.no_kk, p.kartu_pakai, ${FRAUD_AGENT}, FALSE,
             DATE '2025-12-19', 1, 'berhasil', p.nominal, NULL,
             TIMESTAMPTZ '2025-12-19 13:41:00+00' + make_interval(mins => p.urut::int - 1)
      FROM demo_plan p WHERE p.hasil = 'titip'
      UNION ALL
      SELECT k.kab_code, 'SEMBAKO', '2025-12', NULL, ${UNKNOWN_CARD}, ${FRAUD_AGENT}, FALSE,
             DATE '2025-12-19', 1, 'berhasil', 200000, NULL, TIMESTAMPTZ '2025-12-19 13:50:00+00'
      FROM demo_kartu k WHERE k.urut = 1
    )
    SELECT t.*, 'TRX' || to_char(t.tanggal, 'YYMMDD')
             || upper(substr(md5(t.program_code || t.periode || t.no_kks || coalesce(t.no_kk, '') || t.seq), 1, 10)) AS id_transaksi
    FROM t`);
  const transactions = await count(
    tx,
    sql`INSERT INTO transaksi (kab_code, id_transaksi, waktu, program_code, periode, no_kks, nominal, status, alasan,
                               id_agen, desa_code, sumber)
        SELECT t.kab_code, t.id_transaksi, t.waktu, t.program_code, t.periode, t.no_kks, t.nominal, t.status, t.alasan,
               t.id_agen, a.desa_code, 'impor'
        FROM demo_trx t JOIN agen a ON a.kab_code = t.kab_code AND a.id_agen = t.id_agen`,
  );
  // The HET in force is looked up once per day and goods line, not once per line sold.
  const items = await count(
    tx,
    sql`WITH hari AS (SELECT DISTINCT tanggal FROM demo_trx),
        het AS (
          SELECT h.tanggal, b.komoditas, b.satuan,
                 (SELECT e.harga FROM harga_eceran_tertinggi e
                  WHERE e.komoditas = b.komoditas AND e.satuan = b.satuan AND e.berlaku_mulai <= h.tanggal
                  ORDER BY e.berlaku_mulai DESC LIMIT 1) AS harga
          FROM hari h CROSS JOIN (SELECT DISTINCT komoditas, satuan FROM ${bundles}) b
        )
        INSERT INTO transaksi_item (kab_code, id_transaksi, baris, komoditas, jumlah, satuan, harga_satuan, het)
        SELECT t.kab_code, t.id_transaksi, b.baris, b.komoditas, b.jumlah, b.satuan, b.harga, het.harga
        FROM demo_trx t
        JOIN ${bundles} ON b.nominal = t.nominal AND b.mahal = (t.mahal AND t.nominal = 200000)
        JOIN het ON het.tanggal = t.tanggal AND het.komoditas = b.komoditas AND het.satuan = b.satuan
        WHERE t.program_code = 'SEMBAKO' AND t.status = 'berhasil' AND t.periode >= ${ITEMS_FROM}`,
  );
  const reasons = await count(
    tx,
    sql`INSERT INTO alasan_belum (kab_code, id, program_code, periode, no_kk, desa_code, alasan, keterangan, dicatat_pada,
                                  recorded_by, idempotency_key)
        SELECT r.kab_code, ${stableUuid(sql`'demo-alasan:' || r.program_code || r.periode || r.no_kk`)}, r.program_code,
               r.periode, r.no_kk, r.desa_code, r.alasan, r.keterangan,
               to_date(r.periode || '-01', 'YYYY-MM-DD') + interval '1 month' - interval '3 days' + interval '2 hours',
               ${actors.tksk}::uuid, 'demo-alasan:' || r.program_code || r.periode || r.no_kk
        FROM (
          SELECT p.*, row_number() OVER (PARTITION BY p.periode, p.hasil ORDER BY ${stableHash(sql`'alasan' || p.no_kk`)}) AS rk,
                 CASE WHEN p.hasil = 'hilang' OR p.hasil = 'blokir' THEN 'kartu_bermasalah'
                      WHEN p.hasil = 'absen' AND p.urut = 1 THEN 'meninggal'
                      WHEN p.hasil = 'absen' THEN 'tidak_hadir'
                      WHEN p.hasil = 'saldo_nol' THEN 'saldo_nol' END AS alasan,
                 CASE WHEN p.hasil = 'hilang' THEN 'Kartu hilang; menunggu cetak ulang dari bank'
                      WHEN p.hasil = 'blokir' THEN 'PIN terblokir; KPM diantar ke kantor cabang bank'
                      WHEN p.hasil = 'absen' AND p.urut = 1 THEN 'Pengurus meninggal dunia 20 Oktober 2025; kartu belum ditarik'
                      WHEN p.hasil = 'saldo_nol' THEN 'Ada di daftar bayar tetapi saldo nol; dilaporkan ke Korda dan Tikor'
                      ELSE (ARRAY['Sedang merantau ke Surabaya', 'Sakit, perlu pengantaran barang',
                                  'Tidak tahu jadwal penyaluran'])[1 + ${stableHash(sql`'ket' || p.no_kk`)} % 3] END AS keterangan
          FROM demo_plan p
          WHERE p.program_code = 'SEMBAKO' AND p.periode IN ('2025-11', '2025-12')
            AND p.hasil IN ('hilang', 'blokir', 'absen', 'saldo_nol')
        ) r
        WHERE r.hasil IN ('hilang', 'blokir') OR r.urut = 1
           OR (r.periode = '2025-12' AND r.hasil = 'absen' AND r.urut IS NULL AND r.rk <= 10)
           OR (r.periode = '2025-12' AND r.hasil = 'saldo_nol' AND r.rk <= 5)`,
  );
  return { schedules, scheduled, transactions, items, reasons };
}
