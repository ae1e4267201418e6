import { stringify } from "csv-stringify/sync";

/** A plain number (`-7.54`, `+62`, `1500`): a spreadsheet reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)?$/;

/**
 * A spreadsheet opening a CSV runs a cell starting with = + - @ (or a tab or carriage return) as a
 * formula (CSV injection, e.g. `=HYPERLINK(…)`); names, notes and refused rows are typed by people, so
 * such a cell gets a leading apostrophe. A plain number such as a latitude `-7.54` stays as it is.
 */
export function inertCell(value: string | number): string | number {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) && !PLAIN_NUMBER.test(value)
    ? `'${value}`
    : value;
}

/** One CSV line (RFC 4180 quoting, `\n` ending) of cells made inert: every CSV Kawal writes goes through this. */
export function csvLine(cells: readonly (string | number)[]): string {
  return stringify([cells.map(inertCell)]);
}
