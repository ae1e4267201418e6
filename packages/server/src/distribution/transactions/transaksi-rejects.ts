import type { TLanguage } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { RejectedFile } from "../../registry/import/rejected-file.ts";

/**
 * Appends the rows refused by the SQL checks to a rejected-rows file, rebuilt in the file's own column
 * order from the staged values (the staging columns carry the file's column names), a page at a time.
 */
export async function writeCheckRejects(
  db: TDb,
  source: {
    table: "stg_transaksi" | "stg_item";
    columns: readonly string[];
    /** The staged columns as text, `s.line` first. */
    select: SQL;
    rejected: RejectedFile;
    header: readonly string[];
    index: Record<string, number>;
    lang: TLanguage;
  },
): Promise<void> {
  // The file's own `alasan` column (a failure reason) would clash with the refusal's reasons: renamed.
  const nameAt = new Map(Object.entries(source.index).map(([name, i]) => [i, name]));
  const reasons = sql.raw(`${source.table}_reject`);
  const PAGE = 5_000;
  for (let after = 0; ; ) {
    const page = await queryRows<
      Record<string, string | null> & { line: number; reject_kolom: string[]; reject_alasan: string[] }
    >(
      db,
      sql`SELECT ${source.select}, r.kolom AS reject_kolom, r.alasan AS reject_alasan
          FROM ${sql.raw(source.table)} s
          JOIN (SELECT line, array_agg(kolom ORDER BY kolom) AS kolom,
                       array_agg(${source.lang === "en" ? sql`alasan_en` : sql`alasan_id`} ORDER BY kolom) AS alasan
                FROM ${reasons} GROUP BY line) r ON r.line = s.line
          WHERE s.line > ${after} ORDER BY s.line LIMIT ${PAGE}`,
    );
    for (const row of page) {
      const cells = source.header.map((_, i) => {
        const column = nameAt.get(i);
        return column && source.columns.includes(column) ? (row[column] ?? "") : "";
      });
      await source.rejected.add(cells, row.line, row.reject_kolom, row.reject_alasan);
    }
    if (page.length < PAGE) break;
    after = page.at(-1)?.line ?? after;
  }
}
