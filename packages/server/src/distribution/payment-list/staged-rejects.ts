import type { TBilingual, TLanguage } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { RejectedFile } from "../../registry/import/rejected-file.ts";

/**
 * The staging shared by the distribution imports: each staged row keeps the file's own cells (`raw`, a
 * JSON array) so a row refused by a SQL check goes back to the user exactly as written, and the reasons
 * live in `<table>_reject`. Both tables live in the import's transaction only (ON COMMIT DROP).
 */
export function rejectTableSql(table: string): string {
  return `CREATE TEMP TABLE ${table}_reject (line integer NOT NULL, kolom text NOT NULL, alasan_id text NOT NULL,
    alasan_en text NOT NULL) ON COMMIT DROP`;
}

/** One CSV field for COPY; null is an empty unquoted field (NULL). */
export function copyField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
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

/** Appends the rows refused by the SQL checks to the rejected-rows file, with their original cells. */
export async function writeStagedRejects(
  db: TDb,
  table: string,
  rejected: RejectedFile,
  lang: TLanguage,
): Promise<void> {
  const PAGE = 5_000;
  for (let after = 0; ; ) {
    const page = await queryRows<{ line: number; raw: string; kolom: string[]; alasan: string[] }>(
      db,
      sql`SELECT s.line, s.raw, r.kolom, r.alasan
          FROM ${sql.raw(table)} s
          JOIN (SELECT line, array_agg(kolom ORDER BY kolom) AS kolom,
                       array_agg(${lang === "en" ? sql`alasan_en` : sql`alasan_id`} ORDER BY kolom) AS alasan
                FROM ${sql.raw(`${table}_reject`)} GROUP BY line) r ON r.line = s.line
          WHERE s.line > ${after} ORDER BY s.line LIMIT ${PAGE}`,
    );
    for (const row of page) {
      await rejected.add(JSON.parse(row.raw) as string[], row.line, row.kolom, row.alasan);
    }
    if (page.length < PAGE) break;
    after = page.at(-1)?.line ?? after;
  }
}
