import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import { inDemoKecamatan, stableHash, stableUuid } from "./demo-sql.ts";
import { DEMO_KECAMATAN } from "./demo-users.ts";
import { leftOut } from "./load-demo-programs.ts";

/**
 * The demo's givers: a company's CSR, a mosque, an LKS and two people. Each gives to the first families
 * of one shared ranking (within its desa), so gifts pile up on the same few families, as the field
 * studies found. Columns: key, kind, giver, form, description, rupiah, days before the load, how many
 * families, first and last desa (last four digits).
 */
const givers = sql`(VALUES
  ('csr-1', 'perusahaan', 'CSR PT Gula Putih Jombang', 'sembako', 'Paket sembako: beras 5 kg, minyak 2 l, gula 1 kg', 175000, 30, 40, '2001', '2004'),
  ('csr-2', 'perusahaan', 'CSR PT Gula Putih Jombang', 'sembako', 'Paket sembako: beras 5 kg, minyak 2 l, gula 1 kg', 175000, 120, 40, '2001', '2004'),
  ('csr-3', 'perusahaan', 'CSR PT Gula Putih Jombang', 'sembako', 'Paket sembako: beras 5 kg, minyak 2 l, gula 1 kg', 175000, 210, 40, '2001', '2004'),
  ('masjid-1', 'masjid', 'Masjid Jami'' Al-Muttaqin', 'uang', 'Zakat mal', 200000, 240, 60, '2001', '2011'),
  ('masjid-0', 'masjid', 'Masjid Jami'' Al-Muttaqin', 'sembako', 'Zakat fitrah: beras 2,5 kg', 40000, 420, 30, '2001', '2011'),
  ('lks-1', 'lks', 'LKS Yayasan Bina Insani', 'barang', 'Perlengkapan sekolah anak', 150000, 150, 30, '2001', '2011'),
  ('orang-1', 'perorangan', 'H. Mustofa Kamal', 'uang', 'Sedekah', 300000, 60, 20, '2005', '2008'),
  ('orang-2', 'perorangan', 'Hj. Siti Rohmah', 'sembako', 'Beras 10 kg', 120000, 90, 15, '2001', '2011')
) AS g(giver_key, jenis_pemberi, pemberi, bentuk, uraian, nilai, days_ago, take, desa_from, desa_to)`;

/**
 * About 275 gifts from outside the government, concentrated on a fifth of the families (many of them
 * already in Sembako or PKH) and never on the families the programmes left out. Dated back from the
 * day of loading, so the overlap view's twelve-month window has them. Set-based and keyed by data: a
 * second load adds nothing. One audit row when anything was added.
 */
export async function loadDemoAid(db: TDb): Promise<{ gifts: number }> {
  const [recorder] = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM users WHERE username = 'tksk' AND is_demo`,
  );
  if (!recorder) return { gifts: 0 };
  return db.transaction(async (tx) => {
    const [added] = await queryRows<{ n: number }>(
      tx,
      sql`WITH pool AS (
            SELECT k.kab_code, k.no_kk, k.desa_code, ${stableHash(sql`'gift' || k.no_kk`)} AS gh
            FROM keluarga k
            WHERE ${inDemoKecamatan("k")} AND k.status = 'aktif'
              AND ${stableHash(sql`'gift' || k.no_kk`)} % 10 < 2 AND NOT coalesce(${leftOut(sql`k.no_kk`, sql`k.desil`)}, FALSE)
          ),
          ranked AS (
            SELECT p.*, g.*, row_number() OVER (PARTITION BY g.giver_key ORDER BY p.gh, p.no_kk) AS rn
            FROM pool p JOIN ${givers} ON right(p.desa_code, 4) BETWEEN g.desa_from AND g.desa_to
          ),
          ins AS (
            INSERT INTO bantuan_lain (kab_code, id, no_kk, desa_code, jenis_pemberi, pemberi, bentuk, uraian, nilai,
                                      tanggal, recorded_by)
            SELECT r.kab_code, ${stableUuid(sql`'demo-gift:' || r.giver_key || ':' || r.no_kk`)}, r.no_kk, r.desa_code,
                   r.jenis_pemberi, r.pemberi, r.bentuk, r.uraian, r.nilai, CURRENT_DATE - r.days_ago, ${recorder.id}
            FROM ranked r WHERE r.rn <= r.take
            ON CONFLICT DO NOTHING
            RETURNING 1
          )
          SELECT count(*)::int AS n FROM ins`,
    );
    const gifts = added?.n ?? 0;
    if (gifts > 0) {
      await writeAudit(tx, {
        wilayahCode: DEMO_KECAMATAN,
        actorId: null,
        action: "demo.aid",
        entityType: "system",
        entityId: "demo",
        data: { gifts },
      });
    }
    return { gifts };
  });
}
