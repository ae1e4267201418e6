import type { TTransaksiCounts } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";

type TPerKab = { kab_code: string; n: number }[];

/**
 * Stores the accepted rows set-based, in key order, each with the agent's desa (for the scope filters),
 * `sumber = 'impor'` and the import's job. A transaction already stored (the same content, as the checks
 * made sure) is left alone, so importing a file again changes nothing.
 */
export async function mergeTransaksi(
  db: TDb,
  context: { jobId: string; actorId: string; withItems: boolean },
): Promise<TTransaksiCounts[]> {
  const created = await queryRows<TPerKab[number]>(
    db,
    sql`WITH ins AS (
          INSERT INTO transaksi (kab_code, id_transaksi, waktu, program_code, periode, no_kks, nominal, status, alasan,
                                 id_agen, desa_code, sumber, job_id, recorded_by)
          SELECT a.kab_code, s.id_transaksi, s.waktu, s.program, s.periode, s.no_kks, s.nominal, s.status, s.alasan,
                 s.id_agen, a.desa_code, 'impor', ${context.jobId}::uuid, ${context.actorId}::uuid
          FROM stg_transaksi s JOIN stg_agen a ON a.id_agen = s.id_agen
          WHERE NOT s.rejected
          ORDER BY a.kab_code, s.id_transaksi
          ON CONFLICT (kab_code, id_transaksi) DO NOTHING
          RETURNING kab_code
        )
        SELECT kab_code, count(*)::int AS n FROM ins GROUP BY kab_code`,
  );
  const accepted = await queryRows<TPerKab[number]>(
    db,
    sql`SELECT a.kab_code, count(*)::int AS n
        FROM stg_transaksi s JOIN stg_agen a ON a.id_agen = s.id_agen
        WHERE NOT s.rejected GROUP BY a.kab_code`,
  );
  let itemsCreated: TPerKab = [];
  let itemsAccepted: TPerKab = [];
  if (context.withItems) {
    itemsCreated = await queryRows<TPerKab[number]>(
      db,
      sql`WITH ins AS (
            INSERT INTO transaksi_item (kab_code, id_transaksi, baris, komoditas, jumlah, satuan, harga_satuan, het)
            SELECT kab_code, id_transaksi, baris, komoditas, jumlah, satuan, harga_satuan, het
            FROM stg_item WHERE NOT rejected AND state = 'baru'
            ORDER BY kab_code, id_transaksi, baris
            ON CONFLICT (kab_code, id_transaksi, baris) DO NOTHING
            RETURNING kab_code
          )
          SELECT kab_code, count(*)::int AS n FROM ins GROUP BY kab_code`,
    );
    itemsAccepted = await queryRows<TPerKab[number]>(
      db,
      sql`SELECT kab_code, count(*)::int AS n FROM stg_item WHERE NOT rejected GROUP BY kab_code`,
    );
  }
  const count = (rows: TPerKab, kab: string) => rows.find((r) => r.kab_code === kab)?.n ?? 0;
  const kabs = new Set([...accepted, ...itemsAccepted].map((r) => r.kab_code));
  return [...kabs]
    .map((kab) => ({
      kabCode: kab,
      created: count(created, kab),
      unchanged: count(accepted, kab) - count(created, kab),
      itemsCreated: count(itemsCreated, kab),
      itemsUnchanged: count(itemsAccepted, kab) - count(itemsCreated, kab),
    }))
    .sort((a, b) => a.kabCode.localeCompare(b.kabCode));
}
