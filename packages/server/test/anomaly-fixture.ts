import type { TDb } from "../src/db/database.ts";
import {
  kecamatanDigits,
  listOnPaymentList,
  makeCard,
  makeCardEvent,
  makeFamily,
  makeLifeEvent,
  makeTransaction,
  type TCardHolder,
  type TTransactionSpec,
} from "./factories/index.ts";

/**
 * Hand-built distribution data for the anomaly tests, written straight into the tables: the payment list,
 * transaction and card modules are separate, and detection reads only their tables.
 */

export const PROGRAM = "SEMBAKO";
export const PERIODE = "2025-03";
export const NOMINAL = 200_000;

export interface TListedFamily {
  noKk: string;
  nik: string;
  noKks: string;
  desa: string;
}

/**
 * A family with its pengurus, on the period's payment list with its card. `serial` (up to 4 digits)
 * makes the numbers; `status` is the pengurus's registry status.
 */
export async function addListedFamily(
  db: TDb,
  desa: string,
  serial: string,
  options: { nama?: string; status?: string; nominal?: number; listed?: boolean } = {},
): Promise<TListedFamily> {
  const s = serial.padStart(4, "0");
  const kec = kecamatanDigits(desa);
  const family = { noKk: `${kec}0101${s}01`, nik: `${kec}4101${s}85`, noKks: `5264${kec}${s}77`, desa };
  await makeFamily(db, {
    desa,
    noKk: family.noKk,
    members: [
      {
        nik: family.nik,
        nama: options.nama ?? `Pengurus ${s}`,
        hubungan: "istri",
        jenisKelamin: "P",
        tanggalLahir: "1985-01-01",
        status: options.status ?? "aktif",
      },
    ],
  });
  if (options.listed !== false) {
    await listOnPaymentList(db, {
      program: PROGRAM,
      periode: PERIODE,
      noKk: family.noKk,
      desa,
      nikPengurus: family.nik,
      nominal: options.nominal ?? NOMINAL,
      noKks: family.noKks,
      injeksi: "terinjek",
    });
  }
  return family;
}

/** A registry event of the pengurus (`kematian` or `pindah`) on a date. */
export async function addLifeEvent(
  db: TDb,
  family: TListedFamily,
  kind: "kematian" | "pindah",
  occurredOn: string,
): Promise<void> {
  await makeLifeEvent(db, { desa: family.desa, kind, noKk: family.noKk, nik: family.nik, occurredOn });
}

/** A card in the card register (optionally a replacement the payment list does not know yet). */
export async function addCard(
  db: TDb,
  family: TListedFamily,
  noKks: string,
  pemegang = "keluarga",
): Promise<void> {
  await makeCard(db, {
    noKks,
    noKk: family.noKk,
    desa: family.desa,
    nikPengurus: family.nik,
    holder: { jenis: pemegang },
  });
}

/** A custody event of a card: who held it from that day. */
export async function addCardEvent(
  db: TDb,
  desa: string,
  noKks: string,
  tanggal: string,
  pemegang: TCardHolder,
): Promise<void> {
  await makeCardEvent(db, { desa, noKks, tanggal, holder: pemegang });
}

/**
 * A transaction as the bank recorded it; `waktu` is an ISO time with its zone. In the period's
 * programme unless `program` names another.
 */
export async function addTransaction(db: TDb, tx: Omit<TTransactionSpec, "periode">): Promise<void> {
  await makeTransaction(db, { program: PROGRAM, ...tx, periode: PERIODE });
}
