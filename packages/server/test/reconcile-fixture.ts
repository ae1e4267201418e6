import { sql } from "drizzle-orm";
import { makeAidFamily } from "./aid-fixture.ts";
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
  await t.database.db.execute(
    sql`INSERT INTO periode_penyaluran (program_code, periode, mulai, selesai)
        VALUES (${PROGRAM}, ${PERIODE}, '2026-01-01', '2026-01-31'), (${PROGRAM}, '2026-02', '2026-02-01', '2026-02-28')`,
  );
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
  const kec = desa.split(".").slice(0, 3).join("");
  const wifeNik = `${kec}410182${serial}`;
  const noKks = `50${kec}0000${serial}`;
  await t.database.db.execute(
    sql`INSERT INTO daftar_bayar (kab_code, program_code, periode, no_kk, desa_code, nik_pengurus, nominal, no_kks, bank,
                                  status_injeksi)
        VALUES ('35.17', ${PROGRAM}, ${options.periode ?? PERIODE}, ${family.noKk}, ${desa}, ${wifeNik},
                ${options.nominal ?? 200_000}, ${noKks}, 'BNI', ${options.injeksi ?? "terinjek"})`,
  );
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
  await t.database.db.execute(
    sql`INSERT INTO transaksi (kab_code, id_transaksi, waktu, program_code, periode, no_kks, nominal, status, alasan,
                               id_agen, desa_code, sumber)
        VALUES ('35.17', ${`TRX-${trxCounter}`}, ${waktu}::timestamptz, ${PROGRAM}, ${options.periode ?? PERIODE}, ${card},
                ${nominal}, ${status}, ${options.alasan ?? null}, ${`AG-${desa}`}, ${desa}, 'impor')`,
  );
}

/** A replacement card the card register knows: the family's new card, linked to the old one. */
export async function replaceCard(t: TTestApp, family: TListedFamily, newCard: string): Promise<void> {
  await t.database.db.execute(
    sql`INSERT INTO kartu_kks (kab_code, no_kks, no_kk, desa_code, bank, status, pemegang_jenis, pemegang_sejak, menggantikan)
        VALUES ('35.17', ${newCard}, ${family.noKk}, ${family.desa}, 'BNI', 'diserahkan', 'keluarga',
                '2026-01-15T10:00:00+07:00', ${family.noKks})`,
  );
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
