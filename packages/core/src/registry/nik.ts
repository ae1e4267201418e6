import type { z } from "zod";
import { nikProblemMessage, type TNikMismatch } from "./registry-messages.ts";
import {
  checkRegistryNumber,
  daysInMonth,
  isPossibleDate,
  type TParsedRegistryNumber,
  type TRegistryNumberOptions,
  type TRegistryNumberResult,
  type TTwoDigitYearDate,
} from "./registry-number.ts";
import { registryNumberSchema } from "./registry-number-schema.ts";

/**
 * NIK, the 16-digit population number of each Anggota (docs/domain.md, "Registry"): digits 1–6 the kecamatan
 * of issue, 7–12 the birth date DDMMYY with DD + 40 for women, 13–16 a serial.
 */
/** Laki-laki / Perempuan, as on the KTP and in DTKS. */
export type TSex = "L" | "P";

export interface TParsedNik extends TParsedRegistryNumber {
  nik: string;
  /** With the +40 already taken off for women. */
  birthDate: TTwoDigitYearDate;
  sex: TSex;
}
export type TNikResult = TRegistryNumberResult<TParsedNik>;

/** The offset added to the day of birth of women. */
const WOMAN_DAY_OFFSET = 40;

function decodeBirth(dd: number, mm: number, yy: number): { date: TTwoDigitYearDate; sex: TSex } | null {
  // Days 32–40 belong to nobody; above 71 is past the end of any month for women.
  const sex: TSex = dd > WOMAN_DAY_OFFSET ? "P" : "L";
  const day = sex === "P" ? dd - WOMAN_DAY_OFFSET : dd;
  if (!isPossibleDate(day, mm, yy)) return null;
  return { date: { day, month: mm, yearTwoDigits: yy }, sex };
}

export function parseNik(input: string, options?: TRegistryNumberOptions): TNikResult {
  const checked = checkRegistryNumber(input, decodeBirth, options);
  if (!checked.ok) return checked;
  const { digits, date, ...known } = checked;
  return { ...known, nik: digits, birthDate: date.date, sex: date.sex };
}

/** Reads a full birth date; a `Date` is read in UTC, as `new Date("1990-04-25")` and date columns make it. */
function fullDate(date: Date | string): { day: number; month: number; year: number } | null {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) return null;
    return { day: date.getUTCDate(), month: date.getUTCMonth() + 1, year: date.getUTCFullYear() };
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  return day <= daysInMonth(month, year) ? { day, month, year } : null;
}

/**
 * Compares the sex and birth date an import row states with what its NIK encodes; an empty list means
 * they agree. Never throws: an unreadable NIK or date is itself reported, so a row is never waved through.
 */
export function nikMatchesBirthDate(nik: string, date: Date | string, sex: TSex): TNikMismatch[] {
  const parsed = parseNik(nik);
  const birth = fullDate(date);
  const mismatches: TNikMismatch[] = [];
  if (!parsed.ok) mismatches.push("NIK_INVALID");
  if (!birth) mismatches.push("BIRTH_DATE_INVALID");
  if (!parsed.ok) return mismatches;
  if (
    birth &&
    (birth.day !== parsed.birthDate.day ||
      birth.month !== parsed.birthDate.month ||
      birth.year % 100 !== parsed.birthDate.yearTwoDigits)
  ) {
    mismatches.push("BIRTH_DATE");
  }
  if (sex !== parsed.sex) mismatches.push("SEX");
  return mismatches;
}

/** A NIK as forms and endpoints accept it: see `registryNumberSchema`. */
export const ZNik = registryNumberSchema(parseNik, nikProblemMessage, (parsed) => parsed.nik);
export type TNik = z.output<typeof ZNik>;
