import {
  aboveHet,
  maskNumber,
  type TTransactionItemView,
  type TTransactionStatus,
  type TTransactionView,
} from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";

export interface TTransactionRowDb {
  kab_code: string;
  id_transaksi: string;
  waktu: string;
  /** The time to the microsecond, for keyset pages. */
  waktu_pos: string;
  program_code: string;
  periode: string;
  no_kks: string;
  nominal: string | number;
  status: string;
  alasan: string | null;
  id_agen: string;
  nama_agen: string | null;
  desa_code: string;
  sumber: string;
  items:
    | {
        baris: number;
        komoditas: string;
        jumlah: string | number;
        satuan: string;
        harga_satuan: string | number;
        het: string | number | null;
      }[]
    | null;
}

/**
 * Transactions with their agent's name and goods lines (one aggregate per page, not a query per row).
 * `where` must carry the scope filter on `t`.
 */
export function selectTransactions(db: TDb, where: SQL, tail: SQL = sql``): Promise<TTransactionRowDb[]> {
  return queryRows<TTransactionRowDb>(
    db,
    sql`SELECT t.kab_code, t.id_transaksi, to_char(t.waktu AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS waktu,
               to_char(t.waktu AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS waktu_pos,
               t.program_code, t.periode, t.no_kks, t.nominal, t.status, t.alasan, t.id_agen, a.nama AS nama_agen,
               t.desa_code, t.sumber,
               (SELECT json_agg(json_build_object('baris', i.baris, 'komoditas', i.komoditas, 'jumlah', i.jumlah,
                                                  'satuan', i.satuan, 'harga_satuan', i.harga_satuan, 'het', i.het)
                                ORDER BY i.baris)
                FROM transaksi_item i WHERE i.kab_code = t.kab_code AND i.id_transaksi = t.id_transaksi) AS items
        FROM transaksi t
        LEFT JOIN agen a ON a.kab_code = t.kab_code AND a.id_agen = t.id_agen
        WHERE ${where} ${tail}`,
  );
}

export function transactionViewOf(row: TTransactionRowDb): TTransactionView {
  const items: TTransactionItemView[] = (row.items ?? []).map((i) => {
    const harga = Number(i.harga_satuan);
    const het = i.het === null ? null : Number(i.het);
    return {
      baris: i.baris,
      komoditas: i.komoditas,
      jumlah: Number(i.jumlah),
      satuan: i.satuan,
      hargaSatuan: harga,
      het,
      diAtasHet: aboveHet(harga, het),
    };
  });
  return {
    idTransaksi: row.id_transaksi,
    waktu: row.waktu,
    program: row.program_code,
    periode: row.periode,
    noKks: maskNumber(row.no_kks),
    nominal: Number(row.nominal),
    status: row.status as TTransactionStatus,
    alasan: row.alasan,
    idAgen: row.id_agen,
    namaAgen: row.nama_agen,
    desaCode: row.desa_code,
    sumber: row.sumber,
    items,
  };
}
