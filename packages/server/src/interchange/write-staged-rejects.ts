import type { TLanguage } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { RejectedFile } from "./rejected-file.ts";

/**
 * How a row refused by a SQL check goes back to the user: `"raw"` when the staged row keeps the file's
 * own cells (a JSON array in its `raw` column), exactly as written; otherwise rebuilt in the file's
 * column order from the staged values that `select` reads (`s.line` first), whose names are the file's
 * column names or, where they differ, `stagedName` of them.
 */
export type TRefusedCells = "raw" | { select: SQL; stagedName?: Readonly<Record<string, string>> };

export interface TStagedRejects {
  table: string;
  /** The staged columns, the ones a rebuilt row may take its cells from. */
  columns: readonly string[];
  cells: TRefusedCells;
  /** The file's header as read, and each known column's position in it. */
  header: readonly string[];
  index: Readonly<Record<string, number>>;
}

const PAGE = 5_000;

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "ya" : "tidak";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/**
 * Appends the rows refused by the SQL checks to the rejected-rows file, a page at a time, each with all
 * its reasons. The reasons come out as `reject_kolom` and `reject_alasan`: a file may have its own
 * `alasan` column (a transaction's failure reason).
 */
export async function writeStagedRejects(
  db: TDb,
  source: TStagedRejects,
  rejected: RejectedFile,
  lang: TLanguage,
): Promise<void> {
  const { cells } = source;
  const select = cells === "raw" ? sql`s.line, s.raw` : cells.select;
  const stagedAt = new Map(
    Object.entries(source.index).map(([name, i]) => [
      i,
      (cells !== "raw" && cells.stagedName?.[name]) || name,
    ]),
  );
  const rebuild = (row: Record<string, unknown>) =>
    source.header.map((_, i) => {
      const column = stagedAt.get(i);
      return column && source.columns.includes(column) ? cellText(row[column]) : "";
    });
  for (let after = 0; ; ) {
    const page = await queryRows<
      Record<string, unknown> & { line: number; reject_kolom: string[]; reject_alasan: string[] }
    >(
      db,
      sql`SELECT ${select}, r.kolom AS reject_kolom, r.alasan AS reject_alasan
          FROM ${sql.raw(source.table)} s
          JOIN (SELECT line, array_agg(kolom ORDER BY kolom) AS kolom,
                       array_agg(${lang === "en" ? sql`alasan_en` : sql`alasan_id`} ORDER BY kolom) AS alasan
                FROM ${sql.raw(`${source.table}_reject`)} GROUP BY line) r ON r.line = s.line
          WHERE s.line > ${after} ORDER BY s.line LIMIT ${PAGE}`,
    );
    for (const row of page) {
      const written = cells === "raw" ? (JSON.parse(String(row.raw)) as string[]) : rebuild(row);
      await rejected.add(written, row.line, row.reject_kolom, row.reject_alasan);
    }
    if (page.length < PAGE) break;
    after = page.at(-1)?.line ?? after;
  }
}
