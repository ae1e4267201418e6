import { AppErrorCode } from "@kawal/core";
import { fieldRefusals } from "../../http/field-refusals.ts";

/**
 * Why a PMKS/PSKS write is refused, in both languages, with the field at fault. No message holds a NIK,
 * a No. KK or a name: refusals may be shown or logged beside other data (ARCHITECTURE.md, Principles: security and privacy).
 */
const refuse = fieldRefusals();

const registerName = (register: string) => register.toUpperCase();

export const socialRefusals = {
  categoryUnknown: (register: string, kode: number, on: string) =>
    refuse(AppErrorCode.VALIDATION, "kategoriKode", {
      id: `Tidak ada kategori ${registerName(register)} ${kode} yang berlaku pada ${on}`,
      en: `There is no ${registerName(register)} category ${kode} in force on ${on}`,
    }),
  categoryInactive: (register: string, kode: number, since: string) =>
    refuse(AppErrorCode.VALIDATION, "kategoriKode", {
      id: `Kategori ${registerName(register)} ${kode} tidak berlaku lagi sejak ${since}`,
      en: `${registerName(register)} category ${kode} is no longer in force since ${since}`,
    }),
  versionExists: () =>
    refuse(AppErrorCode.CONFLICT, "berlakuMulai", {
      id: "Versi kategori ini dengan tanggal berlaku yang sama sudah ada; riwayat tidak diubah",
      en: "A version of this category from the same date already exists; history is not changed",
    }),
  versionBeforeLatest: (latest: string) =>
    refuse(AppErrorCode.VALIDATION, "berlakuMulai", {
      id: `Tanggal berlaku harus setelah versi terakhir (${latest}); riwayat tidak diubah`,
      en: `The start date must be after the latest version (${latest}); history is not changed`,
    }),
  unknownWilayah: (field: "kecamatanCode" | "desaCode", code: string) =>
    refuse(AppErrorCode.VALIDATION, field, {
      id: `Kode wilayah ${code} tidak dikenal`,
      en: `Unknown region code ${code}`,
    }),
  placeOutsideScope: (field: "kecamatanCode" | "desaCode") =>
    refuse(AppErrorCode.SCOPE_NOT_ALLOWED, field, {
      id:
        field === "desaCode"
          ? "Desa ini di luar wilayah tugas Anda"
          : "Kecamatan ini di luar wilayah tugas Anda; bila tugas Anda satu desa, isi desaCode",
      en:
        field === "desaCode"
          ? "This desa is outside your area"
          : "This kecamatan is outside your area; if your area is a desa, give desaCode",
    }),
  /** Unknown and outside the scope answer alike, so a number's existence elsewhere does not leak. */
  numberNotFound: (field: "nik" | "noKk") =>
    refuse(AppErrorCode.VALIDATION, field, {
      id: `${field === "nik" ? "NIK" : "No. KK"} ini tidak ditemukan di data keluarga wilayah Anda`,
      en: `This ${field === "nik" ? "NIK" : "family card number"} is not in the registry of your area`,
    }),
  notActive: (field: "nik" | "noKk", status: string) =>
    refuse(AppErrorCode.VALIDATION, field, {
      id: `${field === "nik" ? "Anggota" : "Keluarga"} ini berstatus ${status}; hanya yang aktif dapat didaftarkan`,
      en: `This ${field === "nik" ? "member" : "family"} has status ${status}; only active ones can be registered`,
    }),
  nikNotInFamily: () =>
    refuse(AppErrorCode.VALIDATION, "noKk", {
      id: "NIK ini bukan anggota keluarga dengan No. KK ini",
      en: "This NIK is not a member of the family with this card number",
    }),
  nameRequired: () =>
    refuse(AppErrorCode.VALIDATION, "nama", {
      id: "Keluarga ini tidak punya kepala keluarga tercatat; isi nama",
      en: "This family has no recorded head; give a name",
    }),
  alreadyRegistered: (field: "nik" | "noKk") =>
    refuse(AppErrorCode.CONFLICT, field, {
      id: "Sudah terdaftar aktif pada kategori ini; perbarui catatan yang ada",
      en: "Already registered as active in this category; update the existing entry",
    }),
  invalidTransition: (from: string, to: string) =>
    refuse(AppErrorCode.INVALID_TRANSITION, "status", {
      id: `Status ${from} tidak dapat diubah menjadi ${to}`,
      en: `Status ${from} cannot change to ${to}`,
    }),
};
