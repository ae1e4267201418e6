import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { extname } from "node:path";
import { detectDelimiter } from "@kawal/core";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { inBatches } from "./in-batches.ts";

const BATCH_ROWS = 2_000;

/** One data row of an interchange file: its 1-based line number (the header is line 1) and cells. */
export interface TTableRow {
  line: number;
  cells: string[];
}

export interface TTable {
  header: string[];
  /** Rows in batches: one await per batch, not per row, keeps a million-row file fast. */
  batches: AsyncIterable<TTableRow[]>;
  /** Bytes read so far and the file's size, for progress. */
  progress(): { bytesRead: number; totalBytes: number };
}

/**
 * Reads a CSV (UTF-8, BOM accepted, comma or semicolon detected) or the first sheet of an XLSX file
 * as a stream of rows, so a file of any size is never held in memory (docs/formats.md, General rules).
 */
export async function readTable(path: string): Promise<TTable> {
  const extension = extname(path).toLowerCase();
  if (extension === ".xlsx") return readXlsx(path);
  return readCsv(path);
}

async function firstLine(path: string): Promise<string> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString("utf8");
    return text.split(/\r?\n/, 1)[0] ?? "";
  } finally {
    await handle.close();
  }
}

async function readCsv(path: string): Promise<TTable> {
  const delimiter = detectDelimiter(await firstLine(path));
  const stream = createReadStream(path, { encoding: "utf8" });
  const totalBytes = (await stat(path)).size;
  // PapaParse's streaming parser reads a million rows in about a second here.
  const parser = stream.pipe(Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter, skipEmptyLines: false }));
  const records = inBatches<string[]>(parser, BATCH_ROWS);
  let header: string[] | null = null;
  let line = 0;
  const pending: TTableRow[] = [];
  // The header is the first record, so it is in the first batch.
  const first = await records.next();
  for (const cells of first.done ? [] : first.value) {
    line += 1;
    if (header === null) header = cells.map((cell, i) => (i === 0 ? cell.replace(/^\uFEFF/, "") : cell));
    // A blank line (or a trailing newline) is no row, but it still counts as a line of the file.
    else if (!(cells.length === 1 && cells[0] === "")) pending.push({ line, cells });
  }
  async function* batches(): AsyncGenerator<TTableRow[]> {
    if (pending.length > 0) yield pending.splice(0);
    for await (const batch of records) {
      const rows: TTableRow[] = [];
      for (const cells of batch) {
        line += 1;
        if (!(cells.length === 1 && cells[0] === "")) rows.push({ line, cells });
      }
      if (rows.length > 0) yield rows;
    }
  }
  return {
    header: header ?? [],
    batches: batches(),
    progress: () => ({ bytesRead: stream.bytesRead, totalBytes }),
  };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    return "";
  }
  return String(value);
}

async function readXlsx(path: string): Promise<TTable> {
  const stream = createReadStream(path);
  const totalBytes = (await stat(path)).size;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: "cache",
    styles: "ignore",
    hyperlinks: "ignore",
    worksheets: "emit",
  });
  const sheets = reader[Symbol.asyncIterator]();
  const sheet = await sheets.next();
  if (sheet.done)
    return {
      header: [],
      batches: (async function* () {})(),
      progress: () => ({ bytesRead: totalBytes, totalBytes }),
    };
  const rowIterator = (sheet.value as AsyncIterable<ExcelJS.Row>)[Symbol.asyncIterator]();
  const toCells = (row: ExcelJS.Row): string[] => {
    const values = row.values as ExcelJS.CellValue[];
    return values.slice(1).map((v) => cellText(v).trim());
  };
  const first = await rowIterator.next();
  const header = first.done ? [] : toCells(first.value);
  async function* batches(): AsyncGenerator<TTableRow[]> {
    let batch: TTableRow[] = [];
    for (;;) {
      const next = await rowIterator.next();
      if (next.done) break;
      const cells = toCells(next.value);
      if (cells.every((c) => c === "")) continue;
      batch.push({ line: next.value.number, cells });
      if (batch.length >= BATCH_ROWS) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
  return { header, batches: batches(), progress: () => ({ bytesRead: stream.bytesRead, totalBytes }) };
}
