/**
 * What NIK and No. KK share (docs/domain.md, "Registry"): 16 digits, digits 1–6 the kecamatan code of issue,
 * digits 7–12 a DDMMYY date, digits 13–16 a serial. `nik.ts` and `no-kk.ts` add what differs.
 */

/** Stable problem codes; the message in each language comes from `registry-messages.ts`. */
export const registryNumberProblems = [
  "NOT_DIGITS",
  "WRONG_LENGTH",
  "INVALID_REGION",
  "INVALID_DATE",
  "SERIAL_ZERO",
] as const;
export type TRegistryNumberProblem = (typeof registryNumberProblems)[number];

/** Warnings never make a number invalid: a prefix naming no current kecamatan may predate a pemekaran. */
export const registryNumberWarnings = ["UNKNOWN_KECAMATAN"] as const;
export type TRegistryNumberWarning = (typeof registryNumberWarnings)[number];

export interface TRegistryNumberOptions {
  /** Answers whether a dotted kecamatan code (`35.17.18`) exists in the wilayah reference data. */
  kecamatanExists?: (kecamatanCode: string) => boolean;
}

/** A date whose century the number does not say: only the last two digits of the year are known. */
export interface TTwoDigitYearDate {
  day: number;
  month: number;
  yearTwoDigits: number;
}

/** What a readable NIK or No. KK tells besides its own digits and date. */
export interface TParsedRegistryNumber {
  ok: true;
  /** Dotted (`35.17.18`): the kecamatan of issue, which after a pemekaran may no longer exist. */
  kecamatanCode: string;
  warnings: TRegistryNumberWarning[];
}

/** A parsed number, or the first problem that makes it unreadable. */
export type TRegistryNumberResult<TParsed extends TParsedRegistryNumber> =
  | TParsed
  | { ok: false; reason: TRegistryNumberProblem };

export const REGISTRY_NUMBER_LENGTH = 16;

/**
 * Checks the shape every 16-digit registry number shares, in a fixed order (characters, length, region,
 * date, serial) so a number always reports the same first problem. `decodeDate` reads digits 7–12; it
 * returns null for an impossible date. Only surrounding whitespace is forgiven: anything else (spaces
 * inside, `3.51718E+15` from a spreadsheet) is refused rather than guessed at. An unknown kecamatan is
 * a warning (`kecamatanWarnings`), never a refusal.
 */
export function checkRegistryNumber<TDate>(
  input: string,
  decodeDate: (dd: number, mm: number, yy: number) => TDate | null,
  options: TRegistryNumberOptions | undefined,
):
  | { ok: true; digits: string; kecamatanCode: string; date: TDate; warnings: TRegistryNumberWarning[] }
  | { ok: false; reason: TRegistryNumberProblem } {
  const digits = input.trim();
  if (!/^[0-9]*$/.test(digits)) return { ok: false, reason: "NOT_DIGITS" };
  if (digits.length !== REGISTRY_NUMBER_LENGTH) return { ok: false, reason: "WRONG_LENGTH" };
  // Kemendagri numbers provinces and kabupaten from 01 (docs/domain.md, "Places"), so 00 can never be issued.
  // Anything else is left to `kecamatanExists`: old codes stay valid after a pemekaran.
  if (digits.slice(0, 2) === "00" || digits.slice(2, 4) === "00")
    return { ok: false, reason: "INVALID_REGION" };
  const date = decodeDate(
    Number(digits.slice(6, 8)),
    Number(digits.slice(8, 10)),
    Number(digits.slice(10, 12)),
  );
  if (date === null) return { ok: false, reason: "INVALID_DATE" };
  if (digits.slice(12) === "0000") return { ok: false, reason: "SERIAL_ZERO" };
  const kecamatanCode = `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}`;
  return { ok: true, digits, kecamatanCode, date, warnings: kecamatanWarnings(kecamatanCode, options) };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(month: number, year: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * True when day/month/yy can be a real date. The century is unknown, so 29 February is accepted when
 * either 19yy or 20yy is a leap year (yy = 00 passes through 2000, though 1900 was not leap).
 */
export function isPossibleDate(day: number, month: number, yearTwoDigits: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (!Number.isInteger(day) || day < 1) return false;
  const longest = Math.max(
    daysInMonth(month, 1900 + yearTwoDigits),
    daysInMonth(month, 2000 + yearTwoDigits),
  );
  return day <= longest;
}

/** The pemekaran rule: an unknown kecamatan is reported, never refused. */
function kecamatanWarnings(
  kecamatanCode: string,
  options: TRegistryNumberOptions | undefined,
): TRegistryNumberWarning[] {
  const exists = options?.kecamatanExists;
  return exists && !exists(kecamatanCode) ? ["UNKNOWN_KECAMATAN"] : [];
}
