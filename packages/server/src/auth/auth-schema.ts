import { sql } from "drizzle-orm";
import { boolean, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, rowTimestamps } from "../db/columns.ts";

/** Staff accounts: a small reference table (thousands of rows), replicated to every node under Citus. */
export const users = pgTable("users", {
  id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
  username: text("username").notNull().unique(),
  fullName: text("full_name").notNull(),
  role: text("role").notNull(),
  passwordHash: text("password_hash").notNull(),
  disabled: boolean("disabled").notNull().default(false),
  /** Demo accounts are marked so an operator can find and remove them. */
  isDemo: boolean("is_demo").notNull().default(false),
  ...rowTimestamps(),
});

/** A user's wilayah scope: one or more region codes (a TKSK may cover two kecamatan after a split). */
export const userScopes = pgTable(
  "user_scope",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    wilayahCode: text("wilayah_code").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.wilayahCode] }), index("user_scope_code_idx").on(t.wilayahCode)],
);

/**
 * Database sessions. The cookie holds a random token; only its SHA-256 is stored, so a leaked table
 * cannot be replayed. Idle and absolute expiry are both enforced on every request.
 */
export const sessions = pgTable(
  "session",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAtColumn(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);
