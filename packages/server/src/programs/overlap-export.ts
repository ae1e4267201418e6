import { latestLocalDate, maskNumber, type TAidOverlapExportQuery } from "@kawal/core";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { writeAudit } from "../audit/write-audit.ts";
import type { TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { findDesaInScope } from "../scope/find-region.ts";
import { requirePermission } from "../scope/scope.ts";
import { overlapFamilyOf, selectOverlapRows } from "./overlap-desa.ts";
import { windowStart } from "./overlap-sql.ts";

/** Columns in the snake_case Indonesian of the interchange files (FORMATS.md). */
const columns = [
  "daftar",
  "kode_desa",
  "desa",
  "no_kk",
  "kepala_keluarga",
  "desil",
  "fakir_miskin",
  "program",
  "jumlah_bantuan_lain",
  "nilai_bantuan_lain",
  "jumlah_sumber",
] as const;

/** A cell a spreadsheet would run as a formula (names are typed by people) gets a leading apostrophe. */
function inertCell(value: string | number): string | number {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export interface TOverlapExport {
  fileName: string;
  contentType: string;
  body: Buffer;
  rows: number;
}

/**
 * The Tikor list of one desa as CSV or XLSX: first the families aid piles up on, then the eligible
 * families with none. Numbers in full only for roles with `registry.full_number`; always audited, as
 * a bulk read of personal data.
 */
export async function exportAidOverlap(
  db: TDb,
  actor: TActor,
  query: TAidOverlapExportQuery,
  now: Date = new Date(),
): Promise<TOverlapExport> {
  requirePermission(actor, "aid.read");
  const desa = await findDesaInScope(db, actor, query.desa);
  const since = windowStart(latestLocalDate(now), query.bulan);
  const full = actor.permissions.includes("registry.full_number");
  const rows = await selectOverlapRows(db, desa.code, since);
  const records = rows.map((row) => {
    const f = overlapFamilyOf(row, full ? (n) => n : maskNumber);
    return [
      row.piled ? "bantuan_menumpuk" : "layak_tanpa_bantuan",
      desa.code,
      desa.name,
      f.noKk,
      f.kepala ?? "",
      f.desil ?? "",
      f.fakirMiskin ? "ya" : "tidak",
      f.programs.join(" "),
      f.gifts,
      f.giftTotal,
      f.sources,
    ];
  });
  await db.transaction((tx) =>
    writeAudit(tx, {
      wilayahCode: desa.code,
      actorId: actor.userId,
      action: "aid.overlap_export",
      entityType: "wilayah",
      entityId: desa.code,
      data: { format: query.format, bulan: query.bulan, rows: records.length, fullNumbers: full },
    }),
  );
  const baseName = `tikor-bantuan-${desa.code.replaceAll(".", "")}-${latestLocalDate(now)}`;
  if (query.format === "csv") {
    return {
      fileName: `${baseName}.csv`,
      contentType: "text/csv; charset=utf-8",
      body: Buffer.from(stringify([[...columns], ...records.map((record) => record.map(inertCell))])),
      rows: records.length,
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("tikor");
  sheet.addRow([...columns]).font = { bold: true };
  // No. KK stays text: a 16-digit number in Excel loses its last digits.
  sheet.getColumn(columns.indexOf("no_kk") + 1).numFmt = "@";
  for (const record of records) sheet.addRow(record);
  return {
    fileName: `${baseName}.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    rows: records.length,
  };
}
