import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { DEMO_KABUPATEN, DEMO_KECAMATAN } from "./demo-users.ts";

/**
 * The 17 e-Warong agents of Bandarkedungmulyo (docs/domain.md: one kecamatan in the studies had 11 desa and
 * 17 agents): the six largest desa have two shops, the others one. Columns: id, shop, desa (last four
 * digits), bank, address, the demo login linked to it, and whether it prices above the HET (two shops
 * do, so Tepat harga has something to find).
 */
export const demoAgents = sql`(VALUES
  ('EW-3517180101', 'e-Warong Sumber Rejeki', '2001', 'BNI', 'Jl. Raya Bandarkedungmulyo No. 12', 'agen01', FALSE),
  ('EW-3517180102', 'Toko Makmur Abadi', '2001', 'BRI', 'Dusun Kedungmulyo RT 02 RW 01', NULL, FALSE),
  ('EW-3517180201', 'e-Warong Barokah Jaya', '2002', 'BNI', 'Jl. Mojokambang No. 7', 'agen02', FALSE),
  ('EW-3517180202', 'Warung Bu Sri', '2002', 'Mandiri', 'Dusun Kambangan RT 03 RW 02', NULL, TRUE),
  ('EW-3517180301', 'e-Warong Tani Makmur', '2003', 'BNI', 'Jl. Barongsawahan No. 3', NULL, FALSE),
  ('EW-3517180401', 'Toko Sido Mulyo', '2004', 'BRI', 'Dusun Kayen Kidul RT 01 RW 03', NULL, FALSE),
  ('EW-3517180501', 'e-Warong Berkah Abadi', '2005', 'BNI', 'Jl. Gondangmanis No. 21', NULL, FALSE),
  ('EW-3517180601', 'Toko Lancar Jaya', '2006', 'BNI', 'Jl. Raya Brodot No. 45', NULL, FALSE),
  ('EW-3517180602', 'Warung Mbak Yuli', '2006', 'BRI', 'Dusun Brodot Wetan RT 04 RW 01', NULL, FALSE),
  ('EW-3517180701', 'e-Warong Sri Rejeki', '2007', 'BNI', 'Jl. Pucangsimo No. 9', NULL, FALSE),
  ('EW-3517180801', 'Toko Rukun Santoso', '2008', 'BNI', 'Jl. Banjarsari No. 16', NULL, FALSE),
  ('EW-3517180802', 'e-Warong Mekar Sari', '2008', 'Mandiri', 'Dusun Banjar Kulon RT 02 RW 02', NULL, FALSE),
  ('EW-3517180901', 'Warung Pak Slamet', '2009', 'BRI', 'Jl. Brangkal No. 4', NULL, FALSE),
  ('EW-3517181001', 'e-Warong Karya Bersama', '2010', 'BNI', 'Jl. Karangdagangan No. 30', NULL, TRUE),
  ('EW-3517181002', 'Toko Dua Putri', '2010', 'BRI', 'Dusun Dagangan RT 01 RW 04', NULL, FALSE),
  ('EW-3517181101', 'e-Warong Tinggar Sejahtera', '2011', 'BNI', 'Jl. Tinggar No. 2', NULL, FALSE),
  ('EW-3517181102', 'Warung Bu Nur', '2011', 'BRI', 'Dusun Tinggar Lor RT 03 RW 01', NULL, FALSE)
) AS v(id_agen, nama, desa, bank, alamat, username, mahal)`;

/** The desa whose agent the planted fraud happens at (see `demo-distribution-fraud.ts`). */
export const FRAUD_AGENT = "EW-3517180701";

/**
 * Inserts the agents, each a few hundred metres from its desa's map point (when the desa has one),
 * linked to the demo agent logins. Keyed by id: a second load adds nothing.
 */
export async function insertDemoAgents(tx: TDb): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`WITH ins AS (
          INSERT INTO agen (kab_code, id_agen, nama, desa_code, bank, alamat, lat, lon, user_id)
          SELECT ${DEMO_KABUPATEN}, v.id_agen, v.nama, ${`${DEMO_KECAMATAN}.`} || v.desa, v.bank, v.alamat,
                 l.lat + (right(v.id_agen, 1)::int - 1.5) * 0.003, l.lon + (right(v.id_agen, 1)::int - 1.5) * 0.002,
                 u.id
          FROM ${demoAgents}
          LEFT JOIN wilayah_location l ON l.code = ${`${DEMO_KECAMATAN}.`} || v.desa
          LEFT JOIN users u ON u.username = v.username AND u.is_demo
          ON CONFLICT DO NOTHING
          RETURNING 1
        )
        SELECT count(*)::int AS n FROM ins`,
  );
  return row?.n ?? 0;
}
