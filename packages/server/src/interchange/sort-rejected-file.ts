import { readFile, writeFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

/** Up to this many rejected rows the file is rewritten in row order; beyond, it stays in found order. */
const SORT_LIMIT = 200_000;

/**
 * Rows refused row by row are written first and rows refused by whole-file checks after them; the
 * user reads the file top to bottom, so put it back in the input's row order.
 */
export async function sortRejectedFile(path: string): Promise<void> {
  const records = parse(await readFile(path, "utf8"), { relax_column_count: true }) as string[][];
  const [head, ...rows] = records;
  if (!head || rows.length > SORT_LIMIT) return;
  const line = head.length - 3;
  rows.sort((a, b) => Number(a[line]) - Number(b[line]));
  await writeFile(path, stringify([head, ...rows]));
}
