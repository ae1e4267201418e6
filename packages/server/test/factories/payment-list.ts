import type { TDb } from "../../src/db/database.ts";
import { daftarBayar } from "../../src/db/schema.ts";
import { kabOf } from "./region.ts";

export interface TPaymentListSpec {
  periode: string;
  noKk: string;
  desa: string;
  nikPengurus: string;
  noKks: string;
  program?: string;
  nominal?: number;
  bank?: string;
  /** belum (the table's default), terinjek or gagal. */
  injeksi?: string;
  terinjekPada?: string;
}

/** A family's row on a period's payment list (the payment-list import is tested on its own). */
export async function listOnPaymentList(db: TDb, row: TPaymentListSpec): Promise<void> {
  await db.insert(daftarBayar).values({
    kabCode: kabOf(row.desa),
    programCode: row.program ?? "SEMBAKO",
    periode: row.periode,
    noKk: row.noKk,
    desaCode: row.desa,
    nikPengurus: row.nikPengurus,
    nominal: row.nominal ?? 200_000,
    noKks: row.noKks,
    bank: row.bank ?? "BNI",
    statusInjeksi: row.injeksi,
    terinjekPada: row.terinjekPada,
  });
}
