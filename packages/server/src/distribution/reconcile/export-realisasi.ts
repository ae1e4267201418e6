import type { TLanguage, TRealisasiExportQuery, TRealisasiReport, TRealisasiRow } from "@kawal/core";
import ExcelJS from "exceljs";
import { writeAudit } from "../../audit/write-audit.ts";
import type { TDb } from "../../db/database.ts";
import { csvLine } from "../../interchange/csv-line.ts";
import type { TActor } from "../../scope/actor.ts";
import { getRealisasi } from "./get-realisasi.ts";
import { writeRealisasiPdf } from "./realisasi-pdf.ts";

/** Columns in the snake_case Indonesian of the interchange files (docs/formats.md), whatever the language. */
export const realisasiColumns = [
  "kode_kecamatan",
  "kecamatan",
  "kode_desa",
  "desa",
  "kuota",
  "realisasi",
  "persen",
  "tersalur",
  "sebagian",
  "belum",
  "tidak_terdaftar",
  "nominal_daftar",
  "nominal_realisasi",
] as const;

export interface TRealisasiFile {
  fileName: string;
  contentType: string;
  body: Buffer;
  /** Desa lines (the totals line not counted). */
  rows: number;
  report: TRealisasiReport;
}

const contentTypes = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;

function record(row: Omit<TRealisasiRow, "desa" | "kecamatan">, place: string[]): (string | number)[] {
  return [
    ...place,
    row.kuota,
    row.realisasi,
    row.persen,
    row.tersalur,
    row.sebagian,
    row.belum,
    row.tidakTerdaftar,
    row.nominalDaftar,
    row.nominalRealisasi,
  ];
}

/** The default file name: `realisasi-<program>-<periode>.<ext>`. */
export function realisasiFileName(program: string, periode: string, format: string): string {
  return `realisasi-${program.toLowerCase()}-${periode}.${format}`;
}

/**
 * The realisasi report as a file: CSV, XLSX (one sheet, a totals line last) or an A4 landscape PDF.
 * Counts per desa only, no personal numbers; audited all the same, as a report leaving the system.
 */
export async function exportRealisasi(
  db: TDb,
  actor: TActor,
  query: TRealisasiExportQuery,
  language: TLanguage,
  now: Date = new Date(),
): Promise<TRealisasiFile> {
  const report = await getRealisasi(db, actor, query);
  const area = query.wilayah ?? actor.scopes.join(", ");
  await db.transaction((tx) =>
    writeAudit(
      tx,
      {
        wilayahCode: query.wilayah ?? actor.scopes[0] ?? null,
        actorId: actor.userId,
        action: "distribution.realisasi_export",
        entityType: "rekonsiliasi",
        entityId: `${query.program}:${query.periode}`,
        data: { format: query.format, wilayah: query.wilayah ?? null, rows: report.rows.length },
      },
      now,
    ),
  );
  const records = report.rows.map((r) =>
    record(r, [r.kecamatan.code, r.kecamatan.name, r.desa.code, r.desa.name]),
  );
  const totalRecord = record(report.total, ["", "", "", language === "en" ? "TOTAL" : "JUMLAH"]);
  const fileName = realisasiFileName(query.program, query.periode, query.format);
  const base = { fileName, contentType: contentTypes[query.format], rows: records.length, report };
  if (query.format === "csv") {
    return { ...base, body: Buffer.from([realisasiColumns, ...records, totalRecord].map(csvLine).join("")) };
  }
  if (query.format === "xlsx") {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("realisasi");
    sheet.addRow([...realisasiColumns]).font = { bold: true };
    for (const r of records) sheet.addRow(r);
    sheet.addRow(totalRecord).font = { bold: true };
    for (const name of ["nominal_daftar", "nominal_realisasi"] as const) {
      sheet.getColumn(realisasiColumns.indexOf(name) + 1).numFmt = "#,##0";
    }
    return { ...base, body: Buffer.from(await workbook.xlsx.writeBuffer()) };
  }
  return { ...base, body: await writeRealisasiPdf(report, area, language, now) };
}
