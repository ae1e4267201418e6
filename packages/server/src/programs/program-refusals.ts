import { AppError, AppErrorCode, type TFieldError } from "@kawal/core";
import { fieldRefusals } from "../http/field-refusals.ts";

/** Why a programme, rule or entitlement request is refused, in both languages, with the field at fault. */
const refuse = fieldRefusals();

export const programRefusals = {
  programUnknown: (code: string) => new AppError(AppErrorCode.NOT_FOUND, `program ${code} not found`),
  ruleNotOfProgram: (rule: string, program: string) =>
    refuse(AppErrorCode.VALIDATION, "rule", {
      id: `Aturan ${rule} bukan aturan program ${program}`,
      en: `${rule} is not a rule of programme ${program}`,
    }),
  valueInvalid: (fields: TFieldError[]) =>
    new AppError(AppErrorCode.VALIDATION, "rule value invalid", { fields }),
  versionExists: (date: string) =>
    refuse(AppErrorCode.CONFLICT, "berlakuMulai", {
      id: `Versi aturan ini yang berlaku mulai ${date} sudah ada; riwayat tidak diubah`,
      en: `A version of this rule from ${date} already exists; history is not changed`,
    }),
  codeTaken: (code: string) =>
    refuse(AppErrorCode.CONFLICT, "code", {
      id: `Kode program ${code} sudah dipakai`,
      en: `Programme code ${code} is already taken`,
    }),
  kabupatenUnknown: (code: string) =>
    refuse(AppErrorCode.VALIDATION, "kabCode", {
      id: `Kode kabupaten ${code} tidak dikenal`,
      en: `Unknown kabupaten code ${code}`,
    }),
  kabupatenOutsideScope: () =>
    refuse(AppErrorCode.SCOPE_NOT_ALLOWED, "kabCode", {
      id: "Kabupaten ini di luar wilayah kerja Anda",
      en: "This kabupaten lies outside your area",
    }),
  ruleMissing: (rule: string, date: string) =>
    refuse(AppErrorCode.VALIDATION, "tahun", {
      id: `Belum ada aturan PKH ${rule} yang berlaku pada ${date}`,
      en: `No PKH rule ${rule} is in force on ${date}`,
    }),
  stageUnknown: (tahap: number, jumlah: number) =>
    refuse(AppErrorCode.VALIDATION, "tahap", {
      id: `Tahap ${tahap} tidak ada; tahun ini punya ${jumlah} tahap`,
      en: `There is no stage ${tahap}; this year has ${jumlah} stages`,
    }),
};
