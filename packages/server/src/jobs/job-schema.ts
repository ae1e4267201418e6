import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn } from "../db/columns.ts";

/**
 * Long work (imports, reconciliation, reports) as a job whose state and progress live in the
 * database, so a restart never leaves half a job silently (ARCHITECTURE.md, Principles). A few rows a day: a reference
 * table under Citus.
 */
export const jobs = pgTable(
  "job",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    kind: text("kind").notNull(),
    /** queued, running, done, rejected (bad input, nothing changed), failed (error or interrupted). */
    status: text("status").notNull(),
    fileName: text("file_name"),
    partial: boolean("partial").notNull().default(false),
    totalRows: integer("total_rows"),
    processedRows: integer("processed_rows").notNull().default(0),
    rejectedRows: integer("rejected_rows").notNull().default(0),
    result: jsonb("result"),
    createdBy: uuid("created_by"),
    /** The process running it, so a later start can tell an interrupted job from a live one. */
    runner: text("runner"),
    createdAt: createdAtColumn(),
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("job_status_idx").on(t.status, t.createdAt)],
);
