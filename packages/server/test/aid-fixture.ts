import { sql } from "drizzle-orm";
import {
  familyNumbers,
  kecamatanDigits,
  kecamatanOf,
  makeEnrolment,
  makeFamily,
  NO_ACTOR,
} from "./factories/index.ts";
import type { TTestApp } from "./test-app.ts";

export interface TAidFamily {
  id: string;
  noKk: string;
  nik: string;
  nama: string;
}

/**
 * A family with its head (and, when asked, a wife) written straight into the registry: the overlap
 * view reads only desil, status and the links, so the importer's checks add nothing here.
 */
export async function makeAidFamily(
  t: TTestApp,
  desa: string,
  serial: string,
  options: { nama: string; desil?: number | null; wife?: boolean },
): Promise<TAidFamily> {
  const { noKk, nik } = familyNumbers(desa, serial);
  const wife = {
    nik: `${kecamatanDigits(desa)}410182${serial}`,
    nama: `Istri ${options.nama}`,
    hubungan: "istri",
    jenisKelamin: "P",
    tanggalLahir: "1982-01-01",
  } as const;
  const { id } = await makeFamily(t.database.db, {
    desa,
    noKk,
    desil: options.desil ?? null,
    members: [{ nik, nama: options.nama }, ...(options.wife ? [wife] : [])],
  });
  return { id, noKk, nik, nama: options.nama };
}

export async function enrol(
  t: TTestApp,
  family: TAidFamily,
  desa: string,
  program: string,
  status = "aktif",
): Promise<void> {
  await makeEnrolment(t.database.db, { program, noKk: family.noKk, desa, nikPengurus: family.nik, status });
}

/** A PMKS Fakir Miskin entry linked by No. KK alone, or by a member's NIK. */
export async function registerFakirMiskin(
  t: TTestApp,
  family: TAidFamily,
  desa: string,
  by: "no_kk" | "nik",
): Promise<void> {
  await t.database.db.execute(
    sql`INSERT INTO social_register (kab_code, register, kategori_kode, kecamatan_code, desa_code, nama, nik, no_kk, recorded_by)
        VALUES ('35.17', 'pmks', 24, ${kecamatanOf(desa)}, ${desa}, ${family.nama}, ${by === "nik" ? family.nik : null},
                ${family.noKk}, ${NO_ACTOR})`,
  );
}
