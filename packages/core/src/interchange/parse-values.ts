import { daysInMonth } from "../registry/registry-number.ts";
import { NATIONAL_SCOPE, normalizeWilayahCode, type TWilayahLevel } from "../wilayah/wilayah-code.ts";

/**
 * The value rules every interchange file shares (docs/formats.md, General rules). An importer calls these once per
 * cell of up to a million rows, so they read character codes by hand: no regex, no split, and no new
 * string when the input is already in its normal form. None of them throws; bad input gives null.
 */

const ZERO = 48;
const DASH = 45;
const SLASH = 47;
const DOT = 46;
const COMMA = 44;
const SPACE = 32;

/** The digit at `at`, or -1 when there is none. */
function digitAt(text: string, at: number): number {
  const digit = text.charCodeAt(at) - ZERO;
  return digit >= 0 && digit <= 9 ? digit : -1;
}

/** The number written by `count` digits from `at`, or -1 when any of them is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = digitAt(text, i);
    if (digit < 0) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function isRealDate(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

const pad2 = (value: number) => (value < 10 ? `0${value}` : `${value}`);

/**
 * Reads `YYYY-MM-DD`, or `DD/MM/YYYY` / `DD-MM-YYYY` as accepted on input, and returns `YYYY-MM-DD`, or null
 * when it is not a real calendar date. Day and month may have one digit in the day-first forms, because a
 * spreadsheet saving dates as text drops the leading zero (`5/3/1990`); the order stays day first.
 */
export function parseDate(text: string): string | null {
  const value = text.trim();
  const length = value.length;
  if (length === 10 && value.charCodeAt(4) === DASH && value.charCodeAt(7) === DASH) {
    const year = digitsAt(value, 0, 4);
    const month = digitsAt(value, 5, 2);
    const day = digitsAt(value, 8, 2);
    return isRealDate(year, month, day) ? value : null;
  }
  if (length < 8 || length > 10) return null;
  const daySize = digitAt(value, 1) < 0 ? 1 : 2;
  const separator = value.charCodeAt(daySize);
  if (separator !== SLASH && separator !== DASH) return null;
  const monthSize = digitAt(value, daySize + 2) < 0 ? 1 : 2;
  const yearAt = daySize + monthSize + 2;
  if (value.charCodeAt(yearAt - 1) !== separator || length !== yearAt + 4) return null;
  const day = digitsAt(value, 0, daySize);
  const month = digitsAt(value, daySize + 1, monthSize);
  const year = digitsAt(value, yearAt, 4);
  if (!isRealDate(year, month, day)) return null;
  return `${value.slice(yearAt)}-${pad2(month)}-${pad2(day)}`;
}

/** Reads a period `YYYY-MM` (docs/formats.md, General rules); returns it trimmed, or null. */
export function parsePeriod(text: string): string | null {
  const value = text.trim();
  if (value.length !== 7 || value.charCodeAt(4) !== DASH) return null;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  return year >= 1 && month >= 1 && month <= 12 ? value : null;
}

/**
 * Reads whole rupiah (docs/formats.md, General rules): `150000`, `150.000`, `Rp150.000`, `Rp 150.000`, `Rp. 150.000`,
 * `150.000,-` and `150.000,00` all give 150000. Dots group thousands and the comma starts the cents, as
 * written in Indonesia; `150000.00` (one dot, one or two digits after it) is read as cents too, since a
 * thousands group always has three digits. Returns null for negative amounts, non-zero cents, and
 * anything ambiguous such as `150,000` (thousands or a decimal?), rather than guess at money.
 */
export function parseRupiah(text: string): number | null {
  const value = text.trim();
  const length = value.length;
  let at = 0;
  if ((value.charCodeAt(0) | 32) === 114 && (value.charCodeAt(1) | 32) === 112) {
    at = value.charCodeAt(2) === DOT ? 3 : 2;
    while (value.charCodeAt(at) === SPACE) at++;
  }
  let amount = 0;
  let group = 0; // digits since the last dot, or since the start
  let dots = 0;
  let firstGroup = 0;
  for (; at < length; at++) {
    const digit = digitAt(value, at);
    if (digit >= 0) {
      amount = amount * 10 + digit;
      if (amount > Number.MAX_SAFE_INTEGER) return null;
      group++;
    } else if (value.charCodeAt(at) === DOT && group > 0) {
      if (dots === 0) firstGroup = group;
      else if (group !== 3) return null;
      dots++;
      group = 0;
    } else break;
  }
  if (group === 0) return null;
  let cents = 0;
  let centDigits = 0;
  if (dots > 0 && group !== 3) {
    // `150000.00`: the only dot was a decimal point, after a run of digits with no grouping.
    if (dots !== 1 || group > 2) return null;
    centDigits = group;
    cents = amount % (group === 1 ? 10 : 100);
    amount = (amount - cents) / (group === 1 ? 10 : 100);
  } else if (dots > 0 && firstGroup > 3) return null;
  if (at < length) {
    if (value.charCodeAt(at) !== COMMA || centDigits > 0) return null;
    const rest = length - at - 1;
    if (rest === 1 && value.charCodeAt(at + 1) === DASH) return amount;
    if (rest < 1 || rest > 2) return null;
    cents = digitsAt(value, at + 1, rest);
    if (cents < 0) return null;
  }
  return cents === 0 ? amount : null;
}

/** A ya/tidak cell: an empty cell is a valid "not stated" (null), distinct from an unreadable one. */
export type TYaTidak = { ok: true; value: boolean | null } | { ok: false };

// Shared results: reading a yes/no cell never allocates.
const YA: TYaTidak = Object.freeze({ ok: true, value: true });
const TIDAK: TYaTidak = Object.freeze({ ok: true, value: false });
const KOSONG: TYaTidak = Object.freeze({ ok: true, value: null });
const UNREADABLE: TYaTidak = Object.freeze({ ok: false });

/** Reads ya/tidak, y/t, true/false or 1/0 in any case (docs/formats.md §1: "ya-tidak" columns). */
export function parseYaTidak(text: string): TYaTidak {
  const value = text.trim();
  if (value.length === 0) return KOSONG;
  switch (value.toLowerCase()) {
    case "ya":
    case "y":
    case "true":
    case "1":
      return YA;
    case "tidak":
    case "t":
    case "false":
    case "0":
      return TIDAK;
    default:
      return UNREADABLE;
  }
}

/** The length of a dotted code at each level: `35`, `35.17`, `35.17.14`, `35.17.14.2001`. */
const dottedLength: Record<TWilayahLevel, number> = { provinsi: 2, kabupaten: 5, kecamatan: 8, desa: 13 };

/**
 * Reads a region code, dotted or not (docs/formats.md, General rules), into its dotted form; with `level`, only a code
 * of that level is accepted. The national scope `ID` is not a place a row can lie in, so it gives null.
 */
export function parseRegionCode(text: string, level?: TWilayahLevel): string | null {
  const code = normalizeWilayahCode(text);
  if (code === null || code === NATIONAL_SCOPE) return null;
  return level === undefined || code.length === dottedLength[level] ? code : null;
}
