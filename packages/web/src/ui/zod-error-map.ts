import type { TFunction } from "i18next";

/** The parts of a zod 4 issue the messages below need. */
interface TIssue {
  code?: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  input?: unknown;
}

/**
 * Translates zod's generic messages into the UI language. Messages written into the core schemas
 * (already in both languages) take precedence, because zod prefers a schema's own message.
 */
export function zodErrorMap(t: TFunction) {
  return (issue: TIssue): string | undefined => {
    if (issue.input === undefined || issue.input === null) return t("validation.required");
    const isText = issue.origin === "string";
    const isList = issue.origin === "array" || issue.origin === "set";
    if (issue.code === "too_small") {
      if (isText && issue.input === "") return t("validation.required");
      if (isText) return t("validation.tooShortString", { min: String(issue.minimum) });
      if (isList) return t("validation.tooFewItems", { min: String(issue.minimum) });
    }
    if (issue.code === "too_big") {
      if (isText) return t("validation.tooLongString", { max: String(issue.maximum) });
      if (isList) return t("validation.tooManyItems", { max: String(issue.maximum) });
    }
    if (issue.code === "invalid_value" || issue.code === "invalid_format") return t("validation.invalid");
    return undefined;
  };
}
