import { z } from "zod";
import { bothLanguages } from "../i18n/bilingual.ts";
import { schemaMessage } from "../i18n/schema-message.ts";
import { noKkProblemMessage } from "./registry-messages.ts";
import {
  checkRegistryNumber,
  isPossibleDate,
  kecamatanWarnings,
  type TRegistryNumberOptions,
  type TRegistryNumberProblem,
  type TRegistryNumberWarning,
  type TTwoDigitYearDate,
} from "./registry-number.ts";

/**
 * No. KK, the 16-digit family card number that identifies a Keluarga (docs/domain.md, "Registry"): digits 1–6
 * the kecamatan of issue, 7–12 the issue date DDMMYY (no +40: a card has no sex), 13–16 a serial.
 */
export type TNoKkProblem = TRegistryNumberProblem;
export type TNoKkWarning = TRegistryNumberWarning;

export interface TParsedNoKk {
  ok: true;
  noKk: string;
  /** Dotted (`35.17.18`): the kecamatan of issue, which after a pemekaran may no longer exist. */
  kecamatanCode: string;
  issueDate: TTwoDigitYearDate;
  warnings: TNoKkWarning[];
}
export type TNoKkResult = TParsedNoKk | { ok: false; reason: TNoKkProblem };

function decodeIssueDate(dd: number, mm: number, yy: number): TTwoDigitYearDate | null {
  return isPossibleDate(dd, mm, yy) ? { day: dd, month: mm, yearTwoDigits: yy } : null;
}

export function parseNoKk(input: string, options?: TRegistryNumberOptions): TNoKkResult {
  const checked = checkRegistryNumber(input, decodeIssueDate);
  if (!checked.ok) return checked;
  return {
    ok: true,
    noKk: checked.digits,
    kecamatanCode: checked.kecamatanCode,
    issueDate: checked.date,
    warnings: kecamatanWarnings(checked.kecamatanCode, options),
  };
}

/** A No. KK as forms and endpoints accept it; see `ZNik` for why warnings pass and what `params` holds. */
export const ZNoKk = z.string().transform((value, ctx) => {
  const parsed = parseNoKk(value);
  if (!parsed.ok) {
    const reason = parsed.reason;
    ctx.addIssue({
      code: "custom",
      message: schemaMessage(bothLanguages((lang) => noKkProblemMessage(reason, lang))),
      params: { reason },
    });
    return z.NEVER;
  }
  return parsed.noKk;
});
export type TNoKk = z.output<typeof ZNoKk>;
