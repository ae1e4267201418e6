import { z } from "zod";

export const ZWilayahLevelName = z.enum(["provinsi", "kabupaten", "kecamatan", "desa"]);
const levelNames = ZWilayahLevelName.options;

export function levelName(level: number): z.infer<typeof ZWilayahLevelName> {
  return levelNames[level - 1] ?? "desa";
}

export const ZWilayahPathItem = z.object({ code: z.string(), name: z.string(), level: ZWilayahLevelName });

export const ZWilayahItem = z.object({
  code: z.string(),
  name: z.string(),
  level: ZWilayahLevelName,
  parentCode: z.string().nullable(),
  childCount: z.number().int(),
});
export type TWilayahItem = z.infer<typeof ZWilayahItem>;

export const ZWilayahDetail = ZWilayahItem.extend({ path: z.array(ZWilayahPathItem) });
export type TWilayahDetail = z.infer<typeof ZWilayahDetail>;

export const ZWilayahSearchHit = ZWilayahItem.omit({ childCount: true }).extend({
  path: z.array(ZWilayahPathItem),
});
export type TWilayahSearchHit = z.infer<typeof ZWilayahSearchHit>;

/** Ancestor codes of a code, province first (`35.17.18` → `35`, `35.17`). */
export function ancestorCodes(code: string): string[] {
  const parts = code.split(".");
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join("."));
}
