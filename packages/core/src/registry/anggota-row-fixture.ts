import { mapHeader } from "../interchange/header.ts";
import {
  anggotaColumns,
  checkAnggotaRow,
  type TAnggotaColumn,
  type TAnggotaRowResult,
} from "./anggota-row.ts";

/**
 * Rows for the `anggota` tests: a full header in docs/formats.md §1 order and one valid row, with helpers to
 * change single cells. Test support only; nothing outside the tests imports it.
 */
export const anggotaHeader: readonly TAnggotaColumn[] = [
  ...anggotaColumns.required,
  ...anggotaColumns.optional,
];
export const anggotaIndex = mapHeader(anggotaHeader, anggotaColumns).index;

export type TAnggotaCells = Record<TAnggotaColumn, string>;

/** A woman born 25 April 1990 (NIK day 65 = 25 + 40), in a family card issued 1 January 2020. */
export const validAnggotaCells: TAnggotaCells = {
  no_kk: "3517180101200001",
  nik: "3517186504900002",
  nama: "Siti Aminah",
  hubungan: "istri",
  jenis_kelamin: "P",
  tanggal_lahir: "25/04/1990",
  kode_desa: "3517182001",
  alamat: "Dusun Krajan",
  rt: "001",
  rw: "002",
  desil: "3",
  pendidikan: "SMP",
  pekerjaan: "Buruh tani",
  disabilitas: "tidak",
  hamil: "ya",
  status_rumah: "milik sendiri",
  lantai: "tanah",
  dinding: "bambu",
  atap: "genteng",
  jamban: "sendiri",
  sumber_air: "sumur terlindung",
  daya_listrik: "450 VA",
};

/** The cells of a row in header order: the valid row with `changes` applied. */
export function anggotaCells(changes: Partial<TAnggotaCells> = {}): string[] {
  const values = { ...validAnggotaCells, ...changes };
  return anggotaHeader.map((column) => values[column]);
}

/** Checks the valid row with `changes` applied. */
export function checkChanged(changes: Partial<TAnggotaCells> = {}): TAnggotaRowResult {
  return checkAnggotaRow(anggotaCells(changes), anggotaIndex);
}

/** The errors of a row that must be rejected. */
export function errorsOf(result: TAnggotaRowResult) {
  if (result.ok) throw new Error("expected the row to be rejected");
  return result.errors;
}

/** The columns at fault and their codes, in the order reported. */
export function faults(result: TAnggotaRowResult): [TAnggotaColumn, string][] {
  return errorsOf(result).map((error) => [error.column, error.code]);
}
