import type { TBilingual } from "../i18n/bilingual.ts";
import type { TLanguage } from "../i18n/language.ts";
import type { TRegistryNumberProblem, TRegistryNumberWarning } from "./registry-number.ts";

/** A birth date or sex given beside a NIK that the NIK contradicts, or that cannot be compared. */
export const nikMismatches = ["NIK_INVALID", "BIRTH_DATE_INVALID", "BIRTH_DATE", "SEX"] as const;
export type TNikMismatch = (typeof nikMismatches)[number];

type TCode = TRegistryNumberProblem | TRegistryNumberWarning;
type TMessages<TKey extends string> = Record<TKey, TBilingual>;

// Messages name the number but never contain it: no personal data in error messages (ARCHITECTURE.md, Principles: security and privacy).
const nikMessages: TMessages<TCode> = {
  NOT_DIGITS: { id: "NIK hanya boleh berisi angka", en: "A NIK may contain digits only" },
  WRONG_LENGTH: { id: "NIK harus 16 digit", en: "A NIK must have 16 digits" },
  INVALID_REGION: {
    id: "Kode provinsi atau kabupaten/kota pada NIK tidak mungkin (00)",
    en: "The province or kabupaten/kota code in the NIK is impossible (00)",
  },
  INVALID_DATE: {
    id: "Tanggal lahir pada NIK tidak mungkin",
    en: "The birth date in the NIK is impossible",
  },
  SERIAL_ZERO: { id: "Nomor urut NIK tidak boleh 0000", en: "The NIK serial number cannot be 0000" },
  UNKNOWN_KECAMATAN: {
    id: "Kode kecamatan pada NIK tidak dikenal (mungkin kode lama sebelum pemekaran)",
    en: "The kecamatan code in the NIK is unknown (perhaps an old code from before a split)",
  },
};

const noKkMessages: TMessages<TCode> = {
  NOT_DIGITS: { id: "No. KK hanya boleh berisi angka", en: "A family card number may contain digits only" },
  WRONG_LENGTH: { id: "No. KK harus 16 digit", en: "A family card number must have 16 digits" },
  INVALID_REGION: {
    id: "Kode provinsi atau kabupaten/kota pada No. KK tidak mungkin (00)",
    en: "The province or kabupaten/kota code in the family card number is impossible (00)",
  },
  INVALID_DATE: {
    id: "Tanggal terbit pada No. KK tidak mungkin",
    en: "The issue date in the family card number is impossible",
  },
  SERIAL_ZERO: {
    id: "Nomor urut No. KK tidak boleh 0000",
    en: "The family card serial number cannot be 0000",
  },
  UNKNOWN_KECAMATAN: {
    id: "Kode kecamatan pada No. KK tidak dikenal (mungkin kode lama sebelum pemekaran)",
    en: "The kecamatan code in the family card number is unknown (perhaps an old code from before a split)",
  },
};

const mismatchMessages: TMessages<TNikMismatch> = {
  NIK_INVALID: { id: "NIK tidak valid", en: "The NIK is not valid" },
  BIRTH_DATE_INVALID: { id: "Tanggal lahir tidak valid", en: "The birth date is not a valid date" },
  BIRTH_DATE: { id: "Tanggal lahir tidak sesuai dengan NIK", en: "The birth date does not match the NIK" },
  SEX: { id: "Jenis kelamin tidak sesuai dengan NIK", en: "The sex does not match the NIK" },
};

export function nikProblemMessage(code: TCode, lang: TLanguage): string {
  return nikMessages[code][lang];
}

export function noKkProblemMessage(code: TCode, lang: TLanguage): string {
  return noKkMessages[code][lang];
}

export function nikMismatchMessage(code: TNikMismatch, lang: TLanguage): string {
  return mismatchMessages[code][lang];
}
