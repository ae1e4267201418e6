/**
 * The header row of an interchange file (docs/formats.md, General rules): the separator is a comma or a semicolon
 * (Excel in an Indonesian locale writes semicolons), a header row is required, and names are matched
 * case-insensitively after trimming. A UTF-8 BOM is accepted, so it is taken off the first name.
 */

export type TDelimiter = "," | ";";

const QUOTE = 34;
const COMMA = 44;
const SEMICOLON = 59;
const BOM = "\uFEFF";

/**
 * Picks the separator that occurs more often outside double quotes in the header line; a comma when they
 * tie (a one-column file). A doubled quote inside a quoted name toggles twice, so it needs no special case.
 */
export function detectDelimiter(firstLine: string): TDelimiter {
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  for (let at = 0; at < firstLine.length; at++) {
    const code = firstLine.charCodeAt(at);
    if (code === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (code === COMMA) commas++;
    else if (code === SEMICOLON) semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

export interface THeaderSpec {
  required: readonly string[];
  optional: readonly string[];
}

export interface THeaderMap {
  /** Column position by the spec's own spelling of each name found; the first one wins when repeated. */
  index: Record<string, number>;
  /** Required names not found, in the spec's order. */
  missing: string[];
  /** Names the spec does not know, as written (trimmed), each once: ignored and reported once. */
  unknown: string[];
  /** Spec names that occur more than once, each once: which column to believe cannot be guessed. */
  duplicate: string[];
}

/**
 * Maps the header cells onto a spec's column names. Empty header cells are skipped silently: a spreadsheet
 * saved with a trailing separator has one, and it names nothing to report.
 */
export function mapHeader(cells: readonly string[], spec: THeaderSpec): THeaderMap {
  const known = new Map<string, string>();
  for (const name of [...spec.required, ...spec.optional]) known.set(name.trim().toLowerCase(), name);
  const index: Record<string, number> = {};
  const unknown: string[] = [];
  const duplicate: string[] = [];
  const seenUnknown = new Set<string>();
  cells.forEach((cell, position) => {
    const written = (position === 0 && cell.startsWith(BOM) ? cell.slice(BOM.length) : cell).trim();
    if (written.length === 0) return;
    const lower = written.toLowerCase();
    const name = known.get(lower);
    if (name === undefined) {
      if (!seenUnknown.has(lower)) unknown.push(written);
      seenUnknown.add(lower);
    } else if (index[name] === undefined) {
      index[name] = position;
    } else if (!duplicate.includes(name)) {
      duplicate.push(name);
    }
  });
  const missing = spec.required.filter((name) => index[name] === undefined);
  return { index, missing, unknown, duplicate };
}
