import { sql } from "drizzle-orm";
import type { TAidFamily } from "./aid-fixture.ts";
import type { TTestApp } from "./test-app.ts";

/**
 * Distribution data written straight into the tables (their importers are tested on their own): an
 * open period, e-Warong agents and payment-list rows for registry families.
 */
export async function openPeriod(t: TTestApp, periode: string, program = "SEMBAKO"): Promise<void> {
  const [y, m] = periode.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  await t.database.db.execute(
    sql`INSERT INTO periode_penyaluran (program_code, periode, mulai, selesai)
        VALUES (${program}, ${periode}, ${`${periode}-01`}, ${last}) ON CONFLICT DO NOTHING`,
  );
}

export async function makeAgent(
  t: TTestApp,
  idAgen: string,
  desa: string,
  options: { nama?: string; userId?: string } = {},
): Promise<void> {
  await t.database.db.execute(
    sql`INSERT INTO agen (kab_code, id_agen, nama, desa_code, bank, user_id)
        VALUES ('35.17', ${idAgen}, ${options.nama ?? `e-Warong ${idAgen}`}, ${desa}, 'BNI', ${options.userId ?? null})`,
  );
}

/** Puts a family on a period's payment list, its head as the card holder. */
export async function listFamily(
  t: TTestApp,
  family: TAidFamily,
  desa: string,
  periode: string,
  options: { nominal?: number; program?: string } = {},
): Promise<void> {
  await t.database.db.execute(
    sql`INSERT INTO daftar_bayar (kab_code, program_code, periode, no_kk, desa_code, nik_pengurus, nominal, no_kks, bank)
        VALUES ('35.17', ${options.program ?? "SEMBAKO"}, ${periode}, ${family.noKk}, ${desa}, ${family.nik},
                ${options.nominal ?? 200_000}, ${`5264${family.noKk.slice(-12)}`}, 'BNI')`,
  );
}
