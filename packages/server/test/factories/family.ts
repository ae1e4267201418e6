import type { TDb } from "../../src/db/database.ts";
import { anggota, keluarga } from "../../src/db/schema.ts";
import { kabOf, kecamatanDigits } from "./region.ts";

export interface TMemberSpec {
  nik: string;
  nama: string;
  hubungan?: string;
  jenisKelamin?: "L" | "P";
  tanggalLahir?: string;
  status?: string;
  pendidikan?: string | null;
  disabilitas?: boolean | null;
  hamil?: boolean | null;
}

export interface TFamilySpec {
  desa: string;
  noKk: string;
  members: readonly TMemberSpec[];
  desil?: number | null;
  alamat?: string;
  rt?: string;
  rw?: string;
}

/**
 * A family and its members written straight into the registry. The registry's importer checks every
 * row; suites that need a family as a starting point skip it. A member is the head (`kepala`, L, born
 * 1980-01-01) unless told otherwise.
 */
export async function makeFamily(db: TDb, family: TFamilySpec): Promise<{ id: string }> {
  const kabCode = kabOf(family.desa);
  const [row] = await db
    .insert(keluarga)
    .values({
      kabCode,
      noKk: family.noKk,
      desaCode: family.desa,
      desil: family.desil,
      alamat: family.alamat,
      rt: family.rt,
      rw: family.rw,
    })
    .returning({ id: keluarga.id });
  for (const m of family.members) {
    await db.insert(anggota).values({
      kabCode,
      nik: m.nik,
      noKk: family.noKk,
      desaCode: family.desa,
      nama: m.nama,
      hubungan: m.hubungan ?? "kepala",
      jenisKelamin: m.jenisKelamin ?? "L",
      tanggalLahir: m.tanggalLahir ?? "1980-01-01",
      status: m.status,
      pendidikan: m.pendidikan,
      disabilitas: m.disabilitas,
      hamil: m.hamil,
    });
  }
  if (!row) throw new Error("family not created");
  return row;
}

/**
 * Numbers issued in the desa's kecamatan for a family `serial` (four digits): the No. KK and the
 * head's NIK (a man born on 1 January 1980).
 */
export function familyNumbers(desa: string, serial: string): { noKk: string; nik: string } {
  const kec = kecamatanDigits(desa);
  return { noKk: `${kec}010120${serial}`, nik: `${kec}010180${serial}` };
}

/** A family of one: its head, numbered by `familyNumbers`. */
export async function makeHeadOnlyFamily(
  db: TDb,
  desa: string,
  serial: string,
  head: Omit<TMemberSpec, "nik"> & Omit<Partial<TFamilySpec>, "members" | "desa" | "noKk">,
): Promise<{ id: string; noKk: string; nik: string; nama: string }> {
  const { noKk, nik } = familyNumbers(desa, serial);
  const { desil, alamat, rt, rw, ...member } = head;
  const { id } = await makeFamily(db, { desa, noKk, desil, alamat, rt, rw, members: [{ nik, ...member }] });
  return { id, noKk, nik, nama: head.nama };
}
