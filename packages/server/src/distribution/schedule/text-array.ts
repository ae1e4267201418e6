import { type SQL, sql } from "drizzle-orm";

/**
 * A list of strings as ONE `text[]` parameter, so a day of thousands of families is one bound value
 * (both drivers take the array literal alike) instead of thousands of placeholders.
 */
export function textArray(values: readonly string[]): SQL {
  const literal = `{${values.map((v) => `"${v.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`).join(",")}}`;
  return sql`${literal}::text[]`;
}
