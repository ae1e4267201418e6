import { z } from "zod";
import { schemaMessage } from "../i18n/schema-message.ts";

/**
 * Kemendagri region codes: `35` province, `35.17` kabupaten/kota, `35.17.14` kecamatan,
 * `35.17.14.2001` desa/kelurahan. The undotted form (`3517142001`) is accepted on input.
 */
export const wilayahLevels = ["provinsi", "kabupaten", "kecamatan", "desa"] as const;
export type TWilayahLevel = (typeof wilayahLevels)[number];

const dotted = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const undotted = /^\d{2}(\d{2}(\d{2}(\d{4})?)?)?$/;

/** The scope code for all of Indonesia (a national administrator or the ministry). */
export const NATIONAL_SCOPE = "ID";

/** Returns the dotted form of a region code (or `ID` for the whole country), or null when it is not one. */
export function normalizeWilayahCode(input: string): string | null {
  const value = input.trim();
  if (value.toUpperCase() === NATIONAL_SCOPE) return NATIONAL_SCOPE;
  if (dotted.test(value)) return value;
  if (!undotted.test(value)) return null;
  const parts = [value.slice(0, 2), value.slice(2, 4), value.slice(4, 6), value.slice(6)].filter(
    (part) => part.length > 0,
  );
  return parts.join(".");
}

export function wilayahLevel(code: string): TWilayahLevel {
  if (code === NATIONAL_SCOPE) throw new Error("the national scope is not a region");
  const depth = code.split(".").length;
  const level = wilayahLevels[depth - 1];
  if (!level) throw new Error(`not a region code: ${code}`);
  return level;
}

export function parentWilayahCode(code: string): string | null {
  const cut = code.lastIndexOf(".");
  return cut < 0 ? null : code.slice(0, cut);
}

/** The kabupaten/kota code a region lies in, or null for a province. */
export function kabupatenCodeOf(code: string): string | null {
  const parts = code.split(".");
  return parts.length < 2 ? null : `${parts[0]}.${parts[1]}`;
}

/** True when `code` is `scope` itself or lies inside it (`35.17` contains `35.17.18.2001`). */
export function wilayahContains(scope: string, code: string): boolean {
  if (scope === NATIONAL_SCOPE) return true;
  return code === scope || code.startsWith(`${scope}.`);
}

/** True when any of the scopes contains the code. An empty scope list contains nothing (deny by default). */
export function scopesContain(scopes: readonly string[], code: string): boolean {
  return scopes.some((scope) => wilayahContains(scope, code));
}

export const ZWilayahCode = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const code = normalizeWilayahCode(value);
    if (!code) {
      ctx.addIssue({
        code: "custom",
        message: schemaMessage({ id: "kode wilayah tidak valid", en: "not a region code" }),
      });
      return z.NEVER;
    }
    return code;
  });

export const ZWilayah = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(wilayahLevels),
  parentCode: z.string().nullable(),
});
export type TWilayah = z.infer<typeof ZWilayah>;
