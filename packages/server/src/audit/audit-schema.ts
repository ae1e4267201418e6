import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { kabCodeColumn } from "../db/columns.ts";

/**
 * The append-only audit log: one hash chain per kabupaten (`kab_code`, or `00` for events that belong
 * to no kabupaten). Each row's `hash` covers the previous row's hash and its own canonical content.
 * The app's role may only INSERT and SELECT; a trigger refuses UPDATE, DELETE and TRUNCATE.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    kabCode: kabCodeColumn(),
    seq: bigint("seq", { mode: "number" }).notNull(),
    at: timestamp("at", { withTimezone: true, precision: 3 }).notNull(),
    /** The region the event belongs to (any level), for scoping reads of the trail. */
    wilayahCode: text("wilayah_code"),
    actorId: uuid("actor_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    data: jsonb("data").notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kabCode, t.seq] }),
    index("audit_log_entity_idx").on(t.kabCode, t.entityType, t.entityId),
    index("audit_log_actor_idx").on(t.kabCode, t.actorId),
  ],
);

/**
 * The head of each chain. A writer locks its chain's head row (`FOR UPDATE`) in the same transaction
 * as the change, so concurrent writers never fork a chain and a busy kabupaten never waits for another.
 */
export const auditHead = pgTable("audit_head", {
  kabCode: text("kab_code").primaryKey(),
  seq: bigint("seq", { mode: "number" }).notNull(),
  hash: text("hash").notNull(),
});
