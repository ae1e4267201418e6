import { sql } from "drizzle-orm";
import { queryRows } from "../src/db/database.ts";
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
  const kec = desa.split(".").slice(0, 3).join("");
  const noKk = `${kec}010120${serial}`;
  const nik = `${kec}010180${serial}`;
  const [row] = await queryRows<{ id: string }>(
    t.database.db,
    sql`INSERT INTO keluarga (kab_code, no_kk, desa_code, desil)
        VALUES ('35.17', ${noKk}, ${desa}, ${options.desil ?? null}) RETURNING id`,
  );
  await t.database.db.execute(
    sql`INSERT INTO anggota (kab_code, nik, no_kk, desa_code, nama, hubungan, jenis_kelamin, tanggal_lahir)
        VALUES ('35.17', ${nik}, ${noKk}, ${desa}, ${options.nama}, 'kepala', 'L', '1980-01-01')`,
  );
  if (options.wife) {
    await t.database.db.execute(
      sql`INSERT INTO anggota (kab_code, nik, no_kk, desa_code, nama, hubungan, jenis_kelamin, tanggal_lahir)
          VALUES ('35.17', ${`${kec}410182${serial}`}, ${noKk}, ${desa}, ${`Istri ${options.nama}`}, 'istri', 'P', '1982-01-01')`,
    );
  }
  return { id: row?.id ?? "", noKk, nik, nama: options.nama };
}

export async function enrol(
  t: TTestApp,
  family: TAidFamily,
  desa: string,
  program: string,
  status = "aktif",
): Promise<void> {
  await t.database.db.execute(
    sql`INSERT INTO enrolment (kab_code, program_code, no_kk, desa_code, nik_pengurus, status, sejak)
        VALUES ('35.17', ${program}, ${family.noKk}, ${desa}, ${family.nik}, ${status}, '2021-03-01')`,
  );
}

/** A PMKS Fakir Miskin entry linked by No. KK alone, or by a member's NIK. */
export async function registerFakirMiskin(
  t: TTestApp,
  family: TAidFamily,
  desa: string,
  by: "no_kk" | "nik",
): Promise<void> {
  const kecamatan = desa.split(".").slice(0, 3).join(".");
  await t.database.db.execute(
    sql`INSERT INTO social_register (kab_code, register, kategori_kode, kecamatan_code, desa_code, nama, nik, no_kk, recorded_by)
        VALUES ('35.17', 'pmks', 24, ${kecamatan}, ${desa}, ${family.nama}, ${by === "nik" ? family.nik : null},
                ${family.noKk}, '00000000-0000-0000-0000-000000000000')`,
  );
}
