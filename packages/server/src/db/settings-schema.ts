import { jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { updatedAtColumn } from "./columns.ts";

/** Installation-wide facts (e.g. that the demo data set is loaded). A small reference table. */
export const systemSettings = pgTable("system_setting", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: updatedAtColumn(),
});
