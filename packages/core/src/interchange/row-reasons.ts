import { bothLanguages, type TBilingual } from "../i18n/bilingual.ts";
import { nikProblemMessage, noKkProblemMessage } from "../registry/registry-messages.ts";
import type { TRegistryNumberProblem, TRegistryNumberWarning } from "../registry/registry-number.ts";

/** Reasons every imported file's row checks share; like the others, none contains the cell's value. */

/** A required cell left empty. */
export function requiredColumnReason(column: string): TBilingual {
  return { id: `Kolom ${column} wajib diisi`, en: `The ${column} column is required` };
}

/** A date cell that is no date in any of the forms imports read; `what` names the date ("Tanggal lahir"). */
export function invalidDateCellReason(what: TBilingual): TBilingual {
  return {
    id: `${what.id} tidak valid (gunakan YYYY-MM-DD, DD/MM/YYYY atau DD-MM-YYYY)`,
    en: `${what.en} is not a valid date (use YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY)`,
  };
}

/** A date cell after today, where only the past can be recorded. */
export function futureDateCellReason(what: TBilingual): TBilingual {
  return { id: `${what.id} tidak boleh setelah hari ini`, en: `${what.en} cannot be after today` };
}

/** A NIK or No. KK cell that is not one: the No. KK's messages for `no_kk`, the NIK's for any other column. */
export function registryNumberReason(
  column: string,
  code: TRegistryNumberProblem | TRegistryNumberWarning,
): TBilingual {
  return column === "no_kk"
    ? bothLanguages((lang) => noKkProblemMessage(code, lang))
    : bothLanguages((lang) => nikProblemMessage(code, lang));
}
