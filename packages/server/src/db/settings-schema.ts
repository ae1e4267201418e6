import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Installation-wide facts (e.g. that the demo data set is loaded). A small reference table. */
export const systemSettings = pgTable("system_setting", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
