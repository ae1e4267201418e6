/** What stands in for a hidden character. */
export const MASK_CHAR = "•";

/**
 * Masks a NIK, No. KK, KKS card or bank account number for lists (ARCHITECTURE.md, Principles: security and privacy):
 * `3517182504900001` → `3517••••••••0001`. Values of 9 or more characters keep their first and last four,
 * enough to tell rows apart and never enough to use the number. Shorter values keep only the last two,
 * and values of two characters or fewer are hidden entirely, since "keeping" them would show them whole.
 * The output has the input's length so columns line up; nothing is trimmed or parsed, so it never throws.
 */
export function maskNumber(value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  if (text.length >= 9) return text.slice(0, 4) + MASK_CHAR.repeat(text.length - 8) + text.slice(-4);
  const keep = text.length > 2 ? 2 : 0;
  return MASK_CHAR.repeat(text.length - keep) + text.slice(text.length - keep);
}

/** A run of exactly 16 digits: how a NIK, a No. KK or a KKS card number looks inside free text. */
const SIXTEEN_DIGITS = /(?<!\d)\d{16}(?!\d)/g;

/**
 * Masks every 16-digit number inside a text (a note, a reason, a log line) as `maskNumber` masks a
 * field: a number typed into free text is as personal as the field it was copied from.
 */
export function maskNumbersInText(text: string): string {
  return text.replace(SIXTEEN_DIGITS, (digits) => maskNumber(digits));
}
