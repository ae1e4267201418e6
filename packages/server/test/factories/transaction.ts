import type { TDb } from "../../src/db/database.ts";
import { transaksi } from "../../src/db/schema.ts";
import { kabOf } from "./region.ts";

export interface TTransactionSpec {
  id: string;
  /** An ISO time with its zone. */
  waktu: string;
  periode: string;
  noKks: string;
  nominal: number;
  idAgen: string;
  /** The agent's desa. */
  desa: string;
  program?: string;
  status?: "berhasil" | "gagal" | string;
  alasan?: string | null;
  sumber?: "impor" | "agen";
}

/** A transaction as the bank's file would bring it (the transaction import is tested on its own). */
export async function makeTransaction(db: TDb, tx: TTransactionSpec): Promise<void> {
  await db.insert(transaksi).values({
    kabCode: kabOf(tx.desa),
    idTransaksi: tx.id,
    waktu: new Date(tx.waktu),
    programCode: tx.program ?? "SEMBAKO",
    periode: tx.periode,
    noKks: tx.noKks,
    nominal: tx.nominal,
    status: tx.status ?? "berhasil",
    alasan: tx.alasan,
    idAgen: tx.idAgen,
    desaCode: tx.desa,
    sumber: tx.sumber ?? "impor",
  });
}
