import { type SQL, sql } from "drizzle-orm";
import { inRegion } from "../scope/region-sql.ts";
import { DEMO_KECAMATAN } from "./demo-users.ts";

/**
 * A stable non-negative number from a text (the first 28 bits of its MD5): the demo picks families by
 * it instead of `random()`, so every first start builds the same data set on both databases.
 */
export function stableHash(text: SQL): SQL {
  return sql`('x' || substr(md5(${text}), 1, 7))::bit(28)::int`;
}

/** A deterministic uuid from a text, so loading the demo again finds its rows by key and adds nothing. */
export function stableUuid(text: SQL): SQL {
  return sql`md5(${text})::uuid`;
}

/** True for a row (table alias) of the demo kecamatan: its kabupaten key first, then its desa. */
export function inDemoKecamatan(alias: string): SQL {
  return inRegion(sql.raw(`${alias}.desa_code`), DEMO_KECAMATAN, sql.raw(`${alias}.kab_code`));
}
