import type { TAnggotaRow } from "./anggota-row.ts";

/**
 * A stable string of every normalized field, in a fixed order: two rows with the same key are the same
 * person written twice. JSON keeps null apart from "" and needs no separator that a cell could contain.
 */
export function anggotaRowKey(row: TAnggotaRow): string {
  return JSON.stringify([
    row.nik,
    row.noKk,
    row.nama,
    row.hubungan,
    row.jenisKelamin,
    row.tanggalLahir,
    row.kodeDesa,
    row.alamat,
    row.rt,
    row.rw,
    row.desil,
    row.pendidikan,
    row.pekerjaan,
    row.disabilitas,
    row.hamil,
    row.statusRumah,
    row.lantai,
    row.dinding,
    row.atap,
    row.jamban,
    row.sumberAir,
    row.dayaListrik,
  ]);
}
