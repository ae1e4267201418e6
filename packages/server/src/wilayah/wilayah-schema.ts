import { sql } from "drizzle-orm";
import { date, doublePrecision, index, pgTable, primaryKey, smallint, text } from "drizzle-orm/pg-core";

/**
 * All four levels of Kemendagri regions in one table: the tree is walked by `parent_code`, and every
 * scope check is a prefix test on `code`. A reference table (≈92k rows, the same on every node).
 */
export const wilayah = pgTable(
  "wilayah",
  {
    code: text("code").primaryKey(),
    parentCode: text("parent_code"),
    /** 1 provinsi, 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan. */
    level: smallint("level").notNull(),
    name: text("name").notNull(),
  },
  (t) => [
    index("wilayah_parent_idx").on(t.parentCode, t.name),
    index("wilayah_name_trgm_idx").using("gin", sql`lower(${t.name}) gin_trgm_ops`),
  ],
);

/**
 * Pemekaran: a kecamatan (or desa) split from another. NIKs issued before the split keep the old code,
 * and a worker may still cover both, so the old code stays resolvable.
 */
export const wilayahSuccession = pgTable(
  "wilayah_succession",
  {
    oldCode: text("old_code").notNull(),
    newCode: text("new_code").notNull(),
    effectiveDate: date("effective_date"),
    note: text("note"),
  },
  (t) => [primaryKey({ columns: [t.oldCode, t.newCode] })],
);

/**
 * Where a desa lies (its office or centre), for maps: the region list has no coordinates, so they are
 * entered (or loaded) here. A desa with none is still listed, only not drawn.
 */
export const wilayahLocation = pgTable("wilayah_location", {
  code: text("code").primaryKey(),
  lat: doublePrecision("lat").notNull(),
  lon: doublePrecision("lon").notNull(),
  /** Where the point came from (survey, demo, map). */
  sumber: text("sumber").notNull(),
});
