import type { TSex } from "./nik.ts";

/**
 * Small readers for the cells of an `anggota` row (docs/formats.md §1), kept out of `anggota-row.ts` so that
 * file stays about the row. Like `interchange/parse-values.ts`, they avoid regex and allocation on
 * ordinary input: a million-row import calls each of them a million times.
 */

/** Column positions by name, as `mapHeader` returns them. */
export type THeaderIndex = Readonly<Record<string, number>>;

/**
 * The trimmed text of the cell at `position` (`index.nik`), or "" when the header lacks the column or the
 * row is short. The caller reads the position as a named property: one header object per file keeps that
 * lookup monomorphic, where a lookup by a varying key would not be.
 */
export function cellAt(cells: readonly string[], position: number | undefined): string {
  if (position === undefined) return "";
  const cell = cells[position];
  return cell === undefined ? "" : cell.trim();
}

/** An optional free-text cell: trimmed, and null when empty, so "" never reaches the database. */
export function optionalCell(cells: readonly string[], position: number | undefined): string | null {
  const text = cellAt(cells, position);
  return text.length === 0 ? null : text;
}

const SPACE = 32;
const NO_BREAK_SPACE = 0xa0;
/** Below this code point JavaScript's `\s` matches only ASCII whitespace and the no-break space. */
const FIRST_OTHER_SPACE = 0x1680;
const WHITESPACE_RUN = /\s+/g;

/**
 * Collapses runs of whitespace inside already trimmed text to one space (`Siti   Aminah` and a no-break
 * space from a spreadsheet read as `Siti Aminah`), so one person is not two names. Text with nothing to
 * collapse, nearly every name, is returned as it is.
 */
export function collapseSpaces(text: string): string {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const collapsible =
      code === SPACE
        ? text.charCodeAt(at + 1) === SPACE
        : code < SPACE || code === NO_BREAK_SPACE || code >= FIRST_OTHER_SPACE;
    if (collapsible) return text.replace(WHITESPACE_RUN, " ");
  }
  return text;
}

/** `L` (laki-laki) or `P` (perempuan), in either case (docs/formats.md §1). */
export function parseJenisKelamin(text: string): TSex | null {
  if (text.length !== 1) return null;
  const lower = text.charCodeAt(0) | 32;
  if (lower === 108) return "L";
  return lower === 112 ? "P" : null;
}

/** The welfare decile, a whole number 1–10 (docs/domain.md, "Registry"); `01` is read as 1. */
export function parseDesil(text: string): number | null {
  if (text.length < 1 || text.length > 2) return null;
  let value = 0;
  for (let at = 0; at < text.length; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return null;
    value = value * 10 + digit;
  }
  return value >= 1 && value <= 10 ? value : null;
}

/** The relationship to the head of the family, as DTKS lists it (docs/formats.md §1). */
export const hubunganValues = [
  "kepala",
  "istri",
  "suami",
  "anak",
  "menantu",
  "cucu",
  "orang_tua",
  "mertua",
  "famili",
  "lainnya",
] as const;
export type THubungan = (typeof hubunganValues)[number];

const hubunganByName = new Map<string, THubungan>(hubunganValues.map((value) => [value, value]));
// Spreadsheets are typed by hand: "Orang Tua" with a space is the same relationship.
hubunganByName.set("orang tua", "orang_tua");

/** Reads a relationship in any case; null when it is not one of `hubunganValues`. */
export function parseHubungan(text: string): THubungan | null {
  return hubunganByName.get(text.trim().toLowerCase()) ?? null;
}
