import { sql } from "drizzle-orm";
import type { TDb } from "../../db/database.ts";
import { refuseStaged } from "../../interchange/staged-rows.ts";
import type { TActor } from "../../scope/actor.ts";
import { inScope } from "../../scope/scope.ts";

/**
 * The checks of a `transaksi` file that need the whole file or the database, set-based over the staging
 * table (docs/formats.md §4). Each refused row gets the reason of the first check it fails. A card that no
 * payment list knows is not checked at all: the bank recorded it, so it is kept (and reconciled as
 * tidak_terdaftar).
 */
export async function runTransaksiChecks(db: TDb, actor: TActor): Promise<void> {
  await refuseStaged(
    db,
    "stg_transaksi",
    sql`NOT EXISTS (SELECT 1 FROM periode_penyaluran p WHERE p.program_code = s.program AND p.periode = s.periode)`,
    "periode",
    {
      id: "Periode penyaluran ini tidak ada untuk program tersebut",
      en: "This distribution period does not exist for the programme",
    },
  );
  // The agents the file names, as far as the importer's scope reaches: a small table, so every later
  // step joins it by hash instead of updating a million staged rows.
  await db.execute(sql`
    CREATE TEMP TABLE stg_agen ON COMMIT DROP AS
    SELECT a.id_agen, min(a.kab_code) AS kab_code, min(a.desa_code) AS desa_code, count(*)::int AS n
    FROM agen a
    WHERE a.id_agen IN (SELECT DISTINCT id_agen FROM stg_transaksi) AND ${inScope(actor, sql`a.desa_code`)}
    GROUP BY a.id_agen`);
  await refuseStaged(
    db,
    "stg_transaksi",
    sql`NOT EXISTS (SELECT 1 FROM stg_agen a WHERE a.id_agen = s.id_agen)`,
    "id_agen",
    {
      id: "Agen tidak dikenal atau di luar wilayah Anda",
      en: "Unknown agent, or an agent outside your area",
    },
  );
  await refuseStaged(
    db,
    "stg_transaksi",
    sql`EXISTS (SELECT 1 FROM stg_agen a WHERE a.id_agen = s.id_agen AND a.n > 1)`,
    "id_agen",
    {
      id: "ID agen ini dipakai di lebih dari satu kabupaten/kota wilayah Anda; impor per kabupaten/kota",
      en: "This agent id is used in more than one kabupaten/kota of your area; import per kabupaten/kota",
    },
  );
  // Which of two rows with one id is right cannot be guessed: both are refused.
  await refuseStaged(
    db,
    "stg_transaksi",
    sql`s.id_transaksi IN (SELECT id_transaksi FROM stg_transaksi GROUP BY id_transaksi HAVING count(*) > 1)`,
    "id_transaksi",
    {
      id: "ID transaksi yang sama muncul lebih dari sekali dalam berkas",
      en: "The same transaction id appears more than once in the file",
    },
  );
  // A stored transaction is what the bank said before; the same id saying something else is refused,
  // the same content again changes nothing (the merge skips it).
  await refuseStaged(
    db,
    "stg_transaksi",
    sql`EXISTS (
      SELECT 1 FROM transaksi t JOIN stg_agen a ON a.kab_code = t.kab_code
      WHERE a.id_agen = s.id_agen AND t.id_transaksi = s.id_transaksi
        AND (t.waktu, t.program_code, t.periode, t.no_kks, t.nominal, t.status, t.alasan, t.id_agen)
            IS DISTINCT FROM (s.waktu, s.program, s.periode, s.no_kks, s.nominal, s.status, s.alasan, s.id_agen))`,
    "id_transaksi",
    {
      id: "ID transaksi ini sudah tersimpan dengan isi yang berbeda",
      en: "This transaction id is already stored with different content",
    },
  );
}

/**
 * The checks of a `transaksi_item` file: each line's transaction must be an accepted row of the
 * transaction file or a stored transaction of the importer's scope; a transaction's stored goods lines
 * are never rewritten by a different set; then each line gets its number and the HET in force on the
 * transaction's day (Jakarta).
 */
export async function runItemChecks(db: TDb, actor: TActor): Promise<void> {
  await db.execute(sql`
    UPDATE stg_item i SET kab_code = a.kab_code, waktu = s.waktu
    FROM stg_transaksi s JOIN stg_agen a ON a.id_agen = s.id_agen
    WHERE s.id_transaksi = i.id_transaksi AND NOT s.rejected`);
  await db.execute(sql`
    UPDATE stg_item i SET kab_code = t.kab_code, waktu = t.waktu
    FROM (
      SELECT t.id_transaksi, min(t.kab_code) AS kab_code, min(t.waktu) AS waktu, count(*) AS n
      FROM transaksi t
      WHERE t.id_transaksi IN (SELECT id_transaksi FROM stg_item WHERE kab_code IS NULL)
        AND ${inScope(actor, sql`t.desa_code`)}
      GROUP BY t.id_transaksi
    ) t
    WHERE i.kab_code IS NULL AND t.n = 1 AND t.id_transaksi = i.id_transaksi
      AND NOT EXISTS (SELECT 1 FROM stg_transaksi s WHERE s.id_transaksi = i.id_transaksi)`);
  await refuseStaged(
    db,
    "stg_item",
    sql`s.kab_code IS NULL AND EXISTS (SELECT 1 FROM stg_transaksi t WHERE t.id_transaksi = s.id_transaksi)`,
    "id_transaksi",
    {
      id: "Transaksi untuk barang ini ditolak di berkas transaksi",
      en: "The transaction of this goods line was refused in the transaction file",
    },
  );
  await refuseStaged(db, "stg_item", sql`s.kab_code IS NULL`, "id_transaksi", {
    id: "ID transaksi tidak ada di berkas transaksi maupun di data transaksi wilayah Anda",
    en: "The transaction id is neither in the transaction file nor among your area's transactions",
  });
  await db.execute(sql`
    UPDATE stg_item i SET baris = r.baris
    FROM (SELECT line, row_number() OVER (PARTITION BY kab_code, id_transaksi ORDER BY line) AS baris
          FROM stg_item WHERE NOT rejected) r
    WHERE r.line = i.line`);
  // Goods lines already stored for a transaction are kept as they are: the same lines again change
  // nothing, different ones are refused (which is right cannot be guessed).
  await db.execute(sql`
    WITH f AS (
      SELECT kab_code, id_transaksi,
             string_agg(komoditas || '|' || trim_scale(jumlah)::text || '|' || satuan || '|' || harga_satuan, ';' ORDER BY baris) AS sig
      FROM stg_item WHERE NOT rejected GROUP BY kab_code, id_transaksi
    ), st AS (
      SELECT ti.kab_code, ti.id_transaksi,
             string_agg(ti.komoditas || '|' || trim_scale(ti.jumlah)::text || '|' || ti.satuan || '|' || ti.harga_satuan, ';' ORDER BY ti.baris) AS sig
      FROM transaksi_item ti JOIN f ON f.kab_code = ti.kab_code AND f.id_transaksi = ti.id_transaksi
      GROUP BY ti.kab_code, ti.id_transaksi
    )
    UPDATE stg_item i SET state = CASE WHEN st.sig = f.sig THEN 'sama' ELSE 'beda' END
    FROM f JOIN st ON st.kab_code = f.kab_code AND st.id_transaksi = f.id_transaksi
    WHERE NOT i.rejected AND i.kab_code = f.kab_code AND i.id_transaksi = f.id_transaksi`);
  await refuseStaged(db, "stg_item", sql`s.state = 'beda'`, "id_transaksi", {
    id: "Barang untuk transaksi ini sudah tersimpan dengan isi yang berbeda",
    en: "Goods lines for this transaction are already stored with different content",
  });
  await db.execute(sql`
    UPDATE stg_item i SET het = (
      SELECT h.harga FROM harga_eceran_tertinggi h
      WHERE h.komoditas = i.komoditas AND h.satuan = i.satuan
        AND h.berlaku_mulai <= (i.waktu AT TIME ZONE 'Asia/Jakarta')::date
      ORDER BY h.berlaku_mulai DESC LIMIT 1)
    WHERE NOT i.rejected AND i.state = 'baru'`);
}
