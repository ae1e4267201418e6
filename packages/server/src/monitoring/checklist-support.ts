import type { TMonitoringSupport } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TChecklistRow } from "./find-checklist.ts";

/** How many examples each hint lists; the counts are always whole. */
const EXAMPLES = 20;
/** Transactions are dated on the local day (docs/formats.md §4 reads times as Asia/Jakarta). */
const localDay = sql.raw(`(t.waktu AT TIME ZONE 'Asia/Jakarta')::date`);

/**
 * What the records say about an agent's period, for the checker to weigh (nothing here sets an
 * aspect): items priced above the HET, transactions before the family's balance was injected or on a
 * day that is not one of the agent's schedule days, and failed transactions by reason. Set-based
 * queries over the agent's transactions of the period; empty tables give empty hints.
 */
export async function checklistSupport(db: TDb, c: TChecklistRow): Promise<TMonitoringSupport> {
  const agentPeriod = sql`t.kab_code = ${c.kab_code} AND t.id_agen = ${c.id_agen}
                          AND t.program_code = ${c.program_code} AND t.periode = ${c.periode}`;
  const [counts] = await queryRows<{ berhasil: number; gagal: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE t.status = 'berhasil')::int AS berhasil,
               count(*) FILTER (WHERE t.status = 'gagal')::int AS gagal
        FROM transaksi t WHERE ${agentPeriod}`,
  );
  const het = await queryRows<{
    id_transaksi: string;
    tanggal: string;
    komoditas: string;
    satuan: string;
    harga_satuan: string | number;
    het: string | number;
    jumlah: number;
  }>(
    db,
    sql`SELECT t.id_transaksi, ${localDay}::text AS tanggal, i.komoditas, i.satuan, i.harga_satuan, i.het,
               (count(*) OVER ())::int AS jumlah
        FROM transaksi t
        JOIN transaksi_item i ON i.kab_code = t.kab_code AND i.id_transaksi = t.id_transaksi
        WHERE ${agentPeriod} AND t.status = 'berhasil' AND i.het IS NOT NULL AND i.harga_satuan > i.het
        ORDER BY t.waktu, t.id_transaksi, i.baris
        LIMIT ${EXAMPLES}`,
  );
  const early = await queryRows<{ id_transaksi: string; tanggal: string; terinjek: string; jumlah: number }>(
    db,
    sql`SELECT t.id_transaksi, ${localDay}::text AS tanggal, d.terinjek::text AS terinjek,
               (count(*) OVER ())::int AS jumlah
        FROM transaksi t
        JOIN LATERAL (SELECT min(db.terinjek_pada) AS terinjek FROM daftar_bayar db
                      WHERE db.kab_code = t.kab_code AND db.program_code = t.program_code
                        AND db.periode = t.periode AND db.no_kks = t.no_kks) d ON d.terinjek IS NOT NULL
        WHERE ${agentPeriod} AND t.status = 'berhasil' AND ${localDay} < d.terinjek
        ORDER BY t.waktu, t.id_transaksi
        LIMIT ${EXAMPLES}`,
  );
  const days = await queryRows<{ tanggal: string }>(
    db,
    sql`SELECT DISTINCT j.tanggal::text AS tanggal FROM jadwal_penyaluran j
        WHERE j.kab_code = ${c.kab_code} AND j.id_agen = ${c.id_agen} AND j.program_code = ${c.program_code}
          AND j.periode = ${c.periode}
        ORDER BY 1`,
  );
  // With no schedule there is nothing to be outside of: the hint then only says the schedule is missing.
  const outside =
    days.length === 0
      ? []
      : await queryRows<{ id_transaksi: string; tanggal: string; jumlah: number }>(
          db,
          sql`SELECT t.id_transaksi, ${localDay}::text AS tanggal, (count(*) OVER ())::int AS jumlah
              FROM transaksi t
              WHERE ${agentPeriod} AND t.status = 'berhasil'
                AND NOT EXISTS (SELECT 1 FROM jadwal_penyaluran j
                                WHERE j.kab_code = t.kab_code AND j.id_agen = t.id_agen
                                  AND j.program_code = t.program_code AND j.periode = t.periode
                                  AND j.tanggal = ${localDay})
              ORDER BY t.waktu, t.id_transaksi
              LIMIT ${EXAMPLES}`,
        );
  const failed = await queryRows<{ alasan: string; jumlah: number }>(
    db,
    sql`SELECT coalesce(nullif(trim(t.alasan), ''), '-') AS alasan, count(*)::int AS jumlah
        FROM transaksi t WHERE ${agentPeriod} AND t.status = 'gagal'
        GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
  return {
    transaksi: { berhasil: counts?.berhasil ?? 0, gagal: counts?.gagal ?? 0 },
    diAtasHet: {
      jumlah: het[0]?.jumlah ?? 0,
      contoh: het.map((r) => ({
        idTransaksi: r.id_transaksi,
        tanggal: r.tanggal,
        komoditas: r.komoditas,
        satuan: r.satuan,
        hargaSatuan: Number(r.harga_satuan),
        het: Number(r.het),
      })),
    },
    sebelumInjeksi: {
      jumlah: early[0]?.jumlah ?? 0,
      contoh: early.map((r) => ({ idTransaksi: r.id_transaksi, tanggal: r.tanggal, terinjek: r.terinjek })),
    },
    jadwal: {
      hari: days.map((d) => d.tanggal),
      luarJadwal: outside[0]?.jumlah ?? 0,
      contoh: outside.map((r) => ({ idTransaksi: r.id_transaksi, tanggal: r.tanggal })),
    },
    gagalPerAlasan: failed,
  };
}
