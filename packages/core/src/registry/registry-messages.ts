import type { TBilingual } from "../i18n/bilingual.ts";
import type { TLanguage } from "../i18n/language.ts";
import type { TRegistryNumberProblem, TRegistryNumberWarning } from "./registry-number.ts";

/** A birth date or sex given beside a NIK that the NIK contradicts, or that cannot be compared. */
export const nikMismatches = ["NIK_INVALID", "BIRTH_DATE_INVALID", "BIRTH_DATE", "SEX"] as const;
export type TNikMismatch = (typeof nikMismatches)[number];

type TCode = TRegistryNumberProblem | TRegistryNumberWarning;
type TMessages<TKey extends string> = Record<TKey, TBilingual>;

/** How the messages name one registry number and the date it encodes. */
interface TNumberWords {
  /** The number as a subject, in each language (`NIK`, `A NIK`). */
  subject: TBilingual;
  /** The number after "pada"/"in the" (`NIK`). */
  inThe: TBilingual;
  /** What the serial number belongs to (`NIK`, `family card`). */
  serialOf: string;
  /** The date digits 7–12 hold (`Tanggal lahir`, `birth date`). */
  date: TBilingual;
}

// Messages name the number but never contain it: no personal data in error messages (ARCHITECTURE.md, Principles: security and privacy).
function numberMessages(words: TNumberWords): TMessages<TCode> {
  const { subject, inThe, serialOf, date } = words;
  return {
    NOT_DIGITS: { id: `${subject.id} hanya boleh berisi angka`, en: `${subject.en} may contain digits only` },
    WRONG_LENGTH: { id: `${subject.id} harus 16 digit`, en: `${subject.en} must have 16 digits` },
    INVALID_REGION: {
      id: `Kode provinsi atau kabupaten/kota pada ${inThe.id} tidak mungkin (00)`,
      en: `The province or kabupaten/kota code in the ${inThe.en} is impossible (00)`,
    },
    INVALID_DATE: {
      id: `${date.id} pada ${inThe.id} tidak mungkin`,
      en: `The ${date.en} in the ${inThe.en} is impossible`,
    },
    SERIAL_ZERO: {
      id: `Nomor urut ${inThe.id} tidak boleh 0000`,
      en: `The ${serialOf} serial number cannot be 0000`,
    },
    UNKNOWN_KECAMATAN: {
      id: `Kode kecamatan pada ${inThe.id} tidak dikenal (mungkin kode lama sebelum pemekaran)`,
      en: `The kecamatan code in the ${inThe.en} is unknown (perhaps an old code from before a split)`,
    },
  };
}

const nikMessages = numberMessages({
  subject: { id: "NIK", en: "A NIK" },
  inThe: { id: "NIK", en: "NIK" },
  serialOf: "NIK",
  date: { id: "Tanggal lahir", en: "birth date" },
});

const noKkMessages = numberMessages({
  subject: { id: "No. KK", en: "A family card number" },
  inThe: { id: "No. KK", en: "family card number" },
  serialOf: "family card",
  date: { id: "Tanggal terbit", en: "issue date" },
});

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
