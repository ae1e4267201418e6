import type { TDb } from "../src/db/database.ts";
import { makeAgent, makePeriod } from "./factories/index.ts";

/** Agents of the transaction tests: two in Kecamatan Bandarkedungmulyo (35.17.18), one in Ploso (35.17.17). */
export const agents = {
  a: { idAgen: "EW-A", desa: "35.17.18.2003" },
  b: { idAgen: "EW-B", desa: "35.17.18.2005" },
  outside: { idAgen: "EW-X", desa: "35.17.17.2002" },
} as const;

export const TRANSAKSI_HEADER = "waktu,periode,program,no_kks,nominal,status,alasan,id_agen,id_transaksi";
export const ITEM_HEADER = "id_transaksi,komoditas,jumlah,satuan,harga_satuan";

/** The agents (inserted directly: the agent import is its own feature) and the periods the tests use. */
export async function seedDistribution(db: TDb): Promise<void> {
  for (const agent of Object.values(agents)) {
    await makeAgent(db, { ...agent, bank: "BRI" });
  }
  await makePeriod(db, "2024-07");
  await makePeriod(db, "2024-08");
}
