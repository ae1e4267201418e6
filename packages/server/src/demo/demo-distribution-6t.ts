import { aspects6T } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { demoAgents, FRAUD_AGENT } from "./demo-distribution-agents.ts";
import { inDemoKecamatan, stableUuid } from "./demo-sql.ts";

const count = async (tx: TDb, query: ReturnType<typeof sql>) =>
  (
    await queryRows<{ n: number }>(
      tx,
      sql`WITH ins AS (${query} ON CONFLICT DO NOTHING RETURNING 1) SELECT count(*)::int AS n FROM ins`,
    )
  )[0]?.n ?? 0;

/** The months the TKSK checked the agents (the last two of the demo), and the two shops not yet visited. */
const PERIODS = ["2025-11", "2025-12"];
const NOT_VISITED = ["EW-3517181102", "EW-3517180802"];

/**
 * What the checks found where a Tepat was not met: agent, period, aspect, finding, follow-up, and
 * whether it is closed (with the closing note). The above-HET shops, the fraud's agent (transactions at
 * night, cards brought by someone other than the KPM), a quality and an administration problem.
 */
const findings = sql`(VALUES
  ('EW-3517180202', '2025-11', 'harga', 'Beras dijual Rp13.000/kg, di atas HET Rp12.500/kg', 'Teguran tertulis kepada agen; harga disesuaikan', 'selesai', 'Harga beras sudah Rp12.000/kg pada kunjungan ulang'),
  ('EW-3517180202', '2025-12', 'harga', 'Beras kembali Rp13.000/kg dan tahu Rp16.000/kg, di atas HET', 'Laporkan ke Tikor kabupaten dan bank penyalur', 'terbuka', NULL),
  ('EW-3517181001', '2025-12', 'harga', 'Paket Rp200.000 berisi beras Rp13.000/kg, di atas HET', 'Teguran tertulis; periksa ulang bulan depan', 'terbuka', NULL),
  (${FRAUD_AGENT}, '2025-12', 'waktu', 'Sembilan transaksi pukul 20.41–20.49 pada 19 Desember, di luar jadwal penyaluran', 'Klarifikasi agen dan PSM; laporkan ke Dinas Sosial', 'terbuka', NULL),
  (${FRAUD_AGENT}, '2025-12', 'sasaran', 'Kartu KPM dibawa orang lain, bukan pengurus yang terdaftar', 'Tarik kartu dari pihak lain, kembalikan kepada KPM dengan berita acara', 'terbuka', NULL),
  ('EW-3517180401', '2025-11', 'mutu', 'Sebagian telur pecah dan beras berkutu', 'Agen mengganti barang KPM dan mengganti pemasok', 'selesai', 'Barang sudah diganti untuk 14 KPM'),
  ('EW-3517180601', '2025-12', 'administrasi', 'Buku catatan transaksi tidak diisi untuk 12 KPM', 'Agen melengkapi buku catatan sebelum penyaluran berikutnya', 'terbuka', NULL),
  ('EW-3517180501', '2025-11', 'jumlah', 'Beras dalam paket kurang 0,5 kg dari timbangan', 'Agen menambah kekurangan beras kepada KPM', 'selesai', 'Kekurangan sudah diganti')
) AS f(id_agen, periode, aspek, temuan, tindak_lanjut, status, penutupan)`;

/**
 * 6T checklists (docs/domain.md, 6T monitoring) by the TKSK for most agents in the last two months, on the
 * shop's first distribution day: every aspect met except the findings above, the score the number met.
 * Keyed by agent and period: a second load adds nothing.
 */
export async function insertDemo6T(
  tx: TDb,
  tkskId: string,
): Promise<{ checklists: number; aspects: number }> {
  const periods = sql.join(
    PERIODS.map((p) => sql`${p}`),
    sql`, `,
  );
  const skipped = sql.join(
    NOT_VISITED.map((a) => sql`${a}`),
    sql`, `,
  );
  const checked = sql`SELECT j.kab_code, j.id_agen, j.desa_code, j.periode, min(j.tanggal) AS tanggal,
                             ${stableUuid(sql`'demo-6t:' || j.id_agen || j.periode`)} AS id
                      FROM jadwal_penyaluran j
                      JOIN ${demoAgents} ON v.id_agen = j.id_agen
                      WHERE j.program_code = 'SEMBAKO' AND j.periode IN (${periods}) AND j.id_agen NOT IN (${skipped})
                        AND ${inDemoKecamatan("j")}
                      GROUP BY j.kab_code, j.id_agen, j.desa_code, j.periode`;
  const checklists = await count(
    tx,
    sql`INSERT INTO monitoring_6t (kab_code, id, program_code, periode, id_agen, desa_code, tanggal, skor, catatan, petugas_id)
        SELECT c.kab_code, c.id, 'SEMBAKO', c.periode, c.id_agen, c.desa_code, c.tanggal,
               6 - (SELECT count(*) FROM ${findings} WHERE f.id_agen = c.id_agen AND f.periode = c.periode)::int,
               'Pemantauan 6T rutin oleh TKSK pada hari penyaluran', ${tkskId}::uuid
        FROM (${checked}) c`,
  );
  const aspects = await count(
    tx,
    sql`INSERT INTO monitoring_6t_aspek (kab_code, monitoring_id, aspek, sesuai, temuan, tindak_lanjut, tindak_lanjut_status,
                                         ditutup_pada, ditutup_oleh, catatan_penutupan)
        SELECT c.kab_code, c.id, x.aspek, f.aspek IS NULL, f.temuan, f.tindak_lanjut, f.status,
               CASE WHEN f.status = 'selesai' THEN ((c.tanggal + 14)::timestamp + interval '3 hours') AT TIME ZONE 'UTC' END,
               CASE WHEN f.status = 'selesai' THEN ${tkskId}::uuid END, f.penutupan
        FROM (${checked}) c
        CROSS JOIN unnest(${sql.raw(`ARRAY[${aspects6T.map((a) => `'${a}'`).join(", ")}]`)}::text[]) AS x(aspek)
        LEFT JOIN ${findings} ON f.id_agen = c.id_agen AND f.periode = c.periode AND f.aspek = x.aspek`,
  );
  return { checklists, aspects };
}
