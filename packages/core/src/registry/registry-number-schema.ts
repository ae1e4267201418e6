import { z } from "zod";
import { bothLanguages } from "../i18n/bilingual.ts";
import type { TLanguage } from "../i18n/language.ts";
import { schemaMessage } from "../i18n/schema-message.ts";
import type { TRegistryNumberProblem } from "./registry-number.ts";

/**
 * A registry number (NIK, No. KK) as forms and endpoints accept it: trimmed by `parse`, then its digits.
 * Warnings do not fail it (the kecamatan check needs reference data, which a schema does not have). The
 * issue carries the problem code in `params.reason` so the server can answer in the caller's language.
 */
export function registryNumberSchema<TParsed extends { ok: true }>(
  parse: (value: string) => TParsed | { ok: false; reason: TRegistryNumberProblem },
  problemMessage: (reason: TRegistryNumberProblem, lang: TLanguage) => string,
  digitsOf: (parsed: TParsed) => string,
) {
  return z.string().transform((value, ctx) => {
    const parsed = parse(value);
    if (!parsed.ok) {
      const reason = parsed.reason;
      ctx.addIssue({
        code: "custom",
        message: schemaMessage(bothLanguages((lang) => problemMessage(reason, lang))),
        params: { reason },
      });
      return z.NEVER;
    }
    return digitsOf(parsed);
  });
}
