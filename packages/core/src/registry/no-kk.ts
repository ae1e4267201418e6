import type { z } from "zod";
import { noKkProblemMessage } from "./registry-messages.ts";
import {
  checkRegistryNumber,
  isPossibleDate,
  type TParsedRegistryNumber,
  type TRegistryNumberOptions,
  type TRegistryNumberResult,
  type TTwoDigitYearDate,
} from "./registry-number.ts";
import { registryNumberSchema } from "./registry-number-schema.ts";

/**
 * No. KK, the 16-digit family card number that identifies a Keluarga (docs/domain.md, "Registry"): digits 1–6
 * the kecamatan of issue, 7–12 the issue date DDMMYY (no +40: a card has no sex), 13–16 a serial.
 */

export interface TParsedNoKk extends TParsedRegistryNumber {
  noKk: string;
  issueDate: TTwoDigitYearDate;
}
export type TNoKkResult = TRegistryNumberResult<TParsedNoKk>;

function decodeIssueDate(dd: number, mm: number, yy: number): TTwoDigitYearDate | null {
  return isPossibleDate(dd, mm, yy) ? { day: dd, month: mm, yearTwoDigits: yy } : null;
}

export function parseNoKk(input: string, options?: TRegistryNumberOptions): TNoKkResult {
  const checked = checkRegistryNumber(input, decodeIssueDate, options);
  if (!checked.ok) return checked;
  const { digits, date, ...known } = checked;
  return { ...known, noKk: digits, issueDate: date };
}

/** A No. KK as forms and endpoints accept it: see `registryNumberSchema`. */
export const ZNoKk = registryNumberSchema(parseNoKk, noKkProblemMessage, (parsed) => parsed.noKk);
export type TNoKk = z.output<typeof ZNoKk>;
