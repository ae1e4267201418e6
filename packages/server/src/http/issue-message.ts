import { schemaMessageOf, type TBilingual } from "@kawal/core";
import { z } from "zod";

const locales = { id: z.locales.id(), en: z.locales.en() };

/** A zod issue as zod reports it, or as Fastify's validation hands it on (`code`, `path`, its params). */
export interface TZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
}

function toText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "message" in value) return String(value.message);
  return "";
}

/**
 * The message of a zod issue in both languages: a schema's own message as `core` registered it, zod's
 * generic message in each of zod's locales, and any other text a schema wrote as it is.
 */
export function issueMessage(issue: TZodIssueLike): TBilingual {
  const own = schemaMessageOf(issue.message);
  if (own) return own;
  const zodText = (lang: keyof typeof locales) =>
    toText(
      locales[lang].localeError(issue as unknown as Parameters<(typeof locales)["en"]["localeError"]>[0]),
    );
  const english = zodText("en");
  if (issue.message && issue.message !== english) return { id: issue.message, en: issue.message };
  return { id: zodText("id"), en: english };
}

/** The issues of a failed parse as field errors, each path under `prefix` (`value.tahap.0`). */
export function issueFields(issues: readonly TZodIssueLike[], prefix: string[] = []) {
  return issues.map((issue) => ({
    field: [...prefix, ...issue.path.map(String)].join("."),
    message: issueMessage(issue),
  }));
}
