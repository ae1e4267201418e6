import { makeAidFamily } from "./aid-fixture.ts";
import {
  kecamatanDigits,
  listOnPaymentList,
  makeCard,
  makePeriod,
  makeTransaction,
} from "./factories/index.ts";
import type { TTestApp } from "./test-app.ts";

/** The period of the reconciliation tests. */
export const PROGRAM = "SEMBAKO";
export const PERIODE = "2026-01";

export interface TListedFamily {
  id: string;
  noKk: string;
  noKks: string;
  nama: string;
  pengurus: string;
  desa: string;
}

/** The periods of the tests (the importers are built elsewhere, so rows go in by SQL). */
export async function makePeriods(t: TTestApp): Promise<void> {
  await makePeriod(t.database.db, PERIODE, { program: PROGRAM });
  await makePeriod(t.database.db, "2026-02", { program: PROGRAM });
}

/**
 * A family in the registry (a head and a wife, the wife holding the card) and on the period's payment
 * list with its KKS card.
 */
export async function listFamily(
  t: TTestApp,
  desa: string,
  serial: string,
  nama: string,
  options: { nominal?: number; injeksi?: string; periode?: string } = {},
): Promise<TListedFamily> {
  const family = await makeAidFamily(t, desa, serial, { nama, wife: true });
  const kec = kecamatanDigits(desa);
  const noKks = `50${kec}0000${serial}`;
  await listOnPaymentList(t.database.db, {
    program: PROGRAM,
    periode: options.periode ?? PERIODE,
    noKk: family.noKk,
    desa,
    nikPengurus: `${kec}410182${serial}`,
    nominal: options.nominal,
    noKks,
    injeksi: options.injeksi ?? "terinjek",
  });
  return { id: family.id, noKk: family.noKk, noKks, nama, pengurus: `Istri ${nama}`, desa };
}

let trxCounter = 0;

/** One transaction as the bank file would bring it, at an agent of `desa`. */
export async function addTransaction(
  t: TTestApp,
  card: string,
  desa: string,
  nominal: number,
  status: "berhasil" | "gagal",
  waktu: string,
  options: { alasan?: string; periode?: string } = {},
): Promise<void> {
  trxCounter += 1;
  await makeTransaction(t.database.db, {
    id: `TRX-${trxCounter}`,
    waktu,
    program: PROGRAM,
    periode: options.periode ?? PERIODE,
    noKks: card,
    nominal,
    status,
    alasan: options.alasan,
    idAgen: `AG-${desa}`,
    desa,
  });
}

/** A replacement card the card register knows: the family's new card, linked to the old one. */
export async function replaceCard(t: TTestApp, family: TListedFamily, newCard: string): Promise<void> {
  await makeCard(t.database.db, {
    noKks: newCard,
    noKk: family.noKk,
    desa: family.desa,
    since: new Date("2026-01-15T10:00:00+07:00"),
    menggantikan: family.noKks,
  });
}

/** A stored reconciliation row, for checks below the API. */
export interface TStoredRow {
  kunci: string;
  no_kk: string | null;
  desa_code: string;
  kelas: string;
  nominal_daftar: string | number;
  nominal_realisasi: string | number;
  jumlah_transaksi: number;
  transaksi_terakhir: Date | string | null;
  alasan: string | null;
  keterangan: string | null;
  computed_at: Date | string;
}
