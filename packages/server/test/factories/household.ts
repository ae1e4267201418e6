import type { TDb } from "../../src/db/database.ts";
import { makeFamily, type TMemberSpec } from "./family.ts";

let serial = 0;
/** A fresh four-digit serial for the numbers this test file makes (families and members alike). */
export function nextSerial(): string {
  serial += 1;
  return String(serial).padStart(4, "0");
}

/**
 * A NIK of Kecamatan Bandarkedungmulyo (35.17.18) that agrees with the birth date and sex (a woman's
 * day of birth plus 40), with a fresh serial.
 */
export function nikFor(tanggalLahir: string, sex: "L" | "P"): string {
  const [year, month, day] = tanggalLahir.split("-");
  const dd = Number(day) + (sex === "P" ? 40 : 0);
  return `351718${String(dd).padStart(2, "0")}${month}${year?.slice(2)}${nextSerial()}`;
}

export type THouseholdMember = Omit<TMemberSpec, "nik"> & { jenisKelamin: "L" | "P"; tanggalLahir: string };

/**
 * A family of Kecamatan Bandarkedungmulyo whose members' NIKs agree with their birth dates; returns
 * its id, No. KK and desa, and each member's NIK by name.
 */
export async function makeHousehold(
  db: TDb,
  desa: string,
  members: readonly THouseholdMember[],
  noKkPrefix = "351718010120",
): Promise<{ id: string; noKk: string; desa: string; niks: Record<string, string> }> {
  const noKk = `${noKkPrefix}${nextSerial()}`;
  const withNik = members.map((m) => ({ ...m, nik: nikFor(m.tanggalLahir, m.jenisKelamin) }));
  const { id } = await makeFamily(db, { desa, noKk, members: withNik });
  return { id, noKk, desa, niks: Object.fromEntries(withNik.map((m) => [m.nama, m.nik])) };
}
