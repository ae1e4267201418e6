import { sql } from "drizzle-orm";
import type { TDb } from "../src/db/database.ts";

/**
 * Hand-built distribution data for the anomaly tests, written with direct SQL: the payment list,
 * transaction and card modules are separate, and detection reads only their tables.
 */

export const PROGRAM = "SEMBAKO";
export const PERIODE = "2025-03";
export const NOMINAL = 200_000;

const kab = (desa: string) => desa.slice(0, 5);

export async function openPeriod(db: TDb, program = PROGRAM, periode = PERIODE): Promise<void> {
  await db.execute(
    sql`INSERT INTO periode_penyaluran (program_code, periode, mulai, selesai)
        VALUES (${program}, ${periode}, ${`${periode}-01`}::date, (${`${periode}-01`}::date + interval '1 month' - interval '1 day')::date)
        ON CONFLICT DO NOTHING`,
  );
}

export async function addAgent(
  db: TDb,
  idAgen: string,
  desa: string,
  nama = `e-Warong ${idAgen}`,
): Promise<void> {
  await db.execute(
    sql`INSERT INTO agen (kab_code, id_agen, nama, desa_code, bank) VALUES (${kab(desa)}, ${idAgen}, ${nama}, ${desa}, 'BNI')`,
  );
}

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
  const kec = desa.split(".").slice(0, 3).join("");
  const family = { noKk: `${kec}0101${s}01`, nik: `${kec}4101${s}85`, noKks: `5264${kec}${s}77`, desa };
  await db.execute(
    sql`INSERT INTO keluarga (kab_code, no_kk, desa_code) VALUES (${kab(desa)}, ${family.noKk}, ${desa})`,
  );
  await db.execute(
    sql`INSERT INTO anggota (kab_code, nik, no_kk, desa_code, nama, hubungan, jenis_kelamin, tanggal_lahir, status)
        VALUES (${kab(desa)}, ${family.nik}, ${family.noKk}, ${desa}, ${options.nama ?? `Pengurus ${s}`}, 'istri', 'P',
                '1985-01-01', ${options.status ?? "aktif"})`,
  );
  if (options.listed !== false) {
    await db.execute(
      sql`INSERT INTO daftar_bayar (kab_code, program_code, periode, no_kk, desa_code, nik_pengurus, nominal, no_kks, bank, status_injeksi)
          VALUES (${kab(desa)}, ${PROGRAM}, ${PERIODE}, ${family.noKk}, ${desa}, ${family.nik}, ${options.nominal ?? NOMINAL},
                  ${family.noKks}, 'BNI', 'terinjek')`,
    );
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
  await db.execute(
    sql`INSERT INTO registry_event (kab_code, kind, no_kk, nik, occurred_on, data)
        VALUES (${kab(family.desa)}, ${kind}, ${family.noKk}, ${family.nik}, ${occurredOn}, '{}'::jsonb)`,
  );
}

/** A card in the card register (optionally a replacement the payment list does not know yet). */
export async function addCard(
  db: TDb,
  family: TListedFamily,
  noKks: string,
  pemegang = "keluarga",
): Promise<void> {
  await db.execute(
    sql`INSERT INTO kartu_kks (kab_code, no_kks, no_kk, desa_code, nik_pengurus, bank, status, pemegang_jenis, pemegang_sejak)
        VALUES (${kab(family.desa)}, ${noKks}, ${family.noKk}, ${family.desa}, ${family.nik}, 'BNI', 'diserahkan',
                ${pemegang}, now())`,
  );
}

/** A custody event of a card: who held it from that day. */
export async function addCardEvent(
  db: TDb,
  desa: string,
  noKks: string,
  tanggal: string,
  pemegang: { jenis: string; userId?: string; nama?: string },
): Promise<void> {
  await db.execute(
    sql`INSERT INTO kartu_kks_event (kab_code, no_kks, status, pemegang_jenis, pemegang_user_id, pemegang_nama, tanggal, actor_id)
        VALUES (${kab(desa)}, ${noKks}, 'diserahkan', ${pemegang.jenis}, ${pemegang.userId ?? null}, ${pemegang.nama ?? null},
                ${tanggal}, '00000000-0000-0000-0000-000000000000')`,
  );
}

/**
 * A transaction as the bank recorded it; `waktu` is an ISO time with its zone. In the period's
 * programme unless `program` names another.
 */
export async function addTransaction(
  db: TDb,
  tx: {
    id: string;
    waktu: string;
    noKks: string;
    nominal: number;
    idAgen: string;
    desa: string;
    status?: string;
    program?: string;
  },
): Promise<void> {
  await db.execute(
    sql`INSERT INTO transaksi (kab_code, id_transaksi, waktu, program_code, periode, no_kks, nominal, status, id_agen, desa_code, sumber)
        VALUES (${kab(tx.desa)}, ${tx.id}, ${tx.waktu}::timestamptz, ${tx.program ?? PROGRAM}, ${PERIODE}, ${tx.noKks}, ${tx.nominal},
                ${tx.status ?? "berhasil"}, ${tx.idAgen}, ${tx.desa}, 'impor')`,
  );
}
