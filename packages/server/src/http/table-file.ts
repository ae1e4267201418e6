import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";

/** A table sent as a download (an export), with how many data rows it holds. */
export interface TTableFile {
  fileName: string;
  contentType: string;
  body: Buffer;
  rows: number;
}

/**
 * A spreadsheet opening a CSV would run a cell starting with = + - @ as a formula (CSV injection);
 * names and notes are typed by people, so such a cell gets a leading apostrophe. XLSX cells are text already.
 */
function inertCell(value: string | number): string | number {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Writes a header and records as CSV or as an XLSX sheet; `textColumns` stay text in XLSX (a 16-digit
 * NIK or No. KK as an Excel number loses its last digits).
 */
export async function writeTableFile(table: {
  format: "csv" | "xlsx";
  baseName: string;
  sheetName: string;
  columns: readonly string[];
  records: (string | number)[][];
  textColumns: readonly string[];
}): Promise<TTableFile> {
  const { columns, records } = table;
  if (table.format === "csv") {
    return {
      fileName: `${table.baseName}.csv`,
      contentType: "text/csv; charset=utf-8",
      body: Buffer.from(stringify([[...columns], ...records.map((record) => record.map(inertCell))])),
      rows: records.length,
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheetName);
  sheet.addRow([...columns]).font = { bold: true };
  for (const record of records) sheet.addRow(record);
  for (const name of table.textColumns) sheet.getColumn(columns.indexOf(name) + 1).numFmt = "@";
  return {
    fileName: `${table.baseName}.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    rows: records.length,
  };
}
