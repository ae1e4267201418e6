import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { extname } from "node:path";
import { detectDelimiter } from "@kawal/core";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";

/** One data row of an interchange file: its 1-based line number (the header is line 1) and cells. */
export interface TTableRow {
  line: number;
  cells: string[];
}

export interface TTable {
  header: string[];
  rows: AsyncIterable<TTableRow>;
  /** Bytes read so far and the file's size, for progress. */
  progress(): { bytesRead: number; totalBytes: number };
}

/**
 * Reads a CSV (UTF-8, BOM accepted, comma or semicolon detected) or the first sheet of an XLSX file
 * as a stream of rows, so a file of any size is never held in memory (FORMATS.md, preamble).
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
  const stream = createReadStream(path);
  const totalBytes = (await stat(path)).size;
  const parser = stream.pipe(
    parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, info: true }),
  );
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{
    record: string[];
    info: { lines: number };
  }>;
  const first = await iterator.next();
  const header = first.done ? [] : first.value.record;
  async function* rows(): AsyncGenerator<TTableRow> {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield { line: next.value.info.lines, cells: next.value.record };
    }
  }
  return { header, rows: rows(), progress: () => ({ bytesRead: stream.bytesRead, totalBytes }) };
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
      rows: (async function* () {})(),
      progress: () => ({ bytesRead: totalBytes, totalBytes }),
    };
  const rowIterator = (sheet.value as AsyncIterable<ExcelJS.Row>)[Symbol.asyncIterator]();
  const toCells = (row: ExcelJS.Row): string[] => {
    const values = row.values as ExcelJS.CellValue[];
    return values.slice(1).map((v) => cellText(v).trim());
  };
  const first = await rowIterator.next();
  const header = first.done ? [] : toCells(first.value);
  async function* rows(): AsyncGenerator<TTableRow> {
    for (;;) {
      const next = await rowIterator.next();
      if (next.done) return;
      const cells = toCells(next.value);
      if (cells.every((c) => c === "")) continue;
      yield { line: next.value.number, cells };
    }
  }
  return { header, rows: rows(), progress: () => ({ bytesRead: stream.bytesRead, totalBytes }) };
}
