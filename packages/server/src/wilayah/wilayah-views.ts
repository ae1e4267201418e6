import { type TRegionRef, type TWilayahLevel, wilayahLevels } from "@kawal/core";

export function levelName(level: number): TWilayahLevel {
  return wilayahLevels[level - 1] ?? "desa";
}

/** Ancestor codes of a code, province first (`35.17.18` → `35`, `35.17`). */
export function ancestorCodes(code: string): string[] {
  const parts = code.split(".");
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join("."));
}

/**
 * A region as answers name it (`TRegionRef`), from its code and the name the `wilayah` table gave; a code
 * the table does not know (older data, a region renamed away) shows as its code rather than a blank.
 */
export function regionRefOf(code: string, name: string | null | undefined): TRegionRef {
  return { code, name: name ?? code };
}
