import { maskNumbersInText } from "@kawal/core";
import ExcelJS from "exceljs";
import { csvLine } from "../interchange/csv-line.ts";

/** A table sent as a download (an export), with how many data rows it holds. */
export interface TTableFile {
  fileName: string;
  contentType: string;
  body: Buffer;
  rows: number;
}

/**
 * Writes a header and records as CSV (cells made inert, `csvLine`; XLSX cells are text already) or as an XLSX sheet; `textColumns` stay text in XLSX (a 16-digit
 * NIK or No. KK as an Excel number loses its last digits).
 */
export async function writeTableFile(table: {
  format: "csv" | "xlsx";
  baseName: string;
  sheetName: string;
  columns: readonly string[];
  records: (string | number)[][];
  textColumns: readonly string[];
  /** For a role without `registry.full_number`: 16-digit numbers typed into any text cell are masked too. */
  maskNumbers?: boolean;
}): Promise<TTableFile> {
  const { columns } = table;
  const records = table.maskNumbers
    ? table.records.map((record) =>
        record.map((cell) => (typeof cell === "string" ? maskNumbersInText(cell) : cell)),
      )
    : table.records;
  if (table.format === "csv") {
    return {
      fileName: `${table.baseName}.csv`,
      contentType: "text/csv; charset=utf-8",
      body: Buffer.from([columns, ...records].map(csvLine).join("")),
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
