import type { TBilingual } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import type { TDb } from "../db/database.ts";

/**
 * Every import stages its rows in a temporary table `<table>` with a `line` and a `rejected` flag, and
 * the reasons rows are refused in `<table>_reject`. Both live in the import's transaction only
 * (ON COMMIT DROP).
 */
export function rejectTableSql(table: string): string {
  return `CREATE TEMP TABLE ${table}_reject (line integer NOT NULL, kolom text NOT NULL, alasan_id text NOT NULL,
    alasan_en text NOT NULL) ON COMMIT DROP`;
}

/**
 * One CSV field for COPY. Text is always quoted, so an empty text is '' and commas stay inside; null is
 * an empty unquoted field (NULL).
 */
export function copyField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  return `"${value.includes('"') ? value.replaceAll('"', '""') : value}"`;
}

/** Refuses the staged rows (not yet refused) matching `where` (over alias `s`), blaming `kolom`. */
export async function refuseStaged(
  db: TDb,
  table: string,
  where: SQL,
  kolom: string,
  reason: TBilingual,
): Promise<void> {
  await db.execute(sql`
    WITH hit AS (
      UPDATE ${sql.raw(table)} s SET rejected = true WHERE NOT s.rejected AND (${where}) RETURNING s.line
    )
    INSERT INTO ${sql.raw(`${table}_reject`)} (line, kolom, alasan_id, alasan_en)
    SELECT line, ${kolom}, ${reason.id}, ${reason.en} FROM hit`);
}

/**
 * Refuses the rows a query finds, each with its own reason: `findings` selects (line, kolom, alasan_id,
 * alasan_en), for reasons that name what was found (another row, another kabupaten). Two set-based
 * statements: the reasons, then the flags.
 */
export async function refuseFindings(db: TDb, table: string, findings: SQL): Promise<void> {
  await db.execute(
    sql`INSERT INTO ${sql.raw(`${table}_reject`)} (line, kolom, alasan_id, alasan_en) ${findings}`,
  );
  await db.execute(
    sql`UPDATE ${sql.raw(table)} s SET rejected = true FROM ${sql.raw(`${table}_reject`)} r
        WHERE r.line = s.line AND NOT s.rejected`,
  );
}
