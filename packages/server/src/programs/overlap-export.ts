import { latestLocalDate, maskNumber, type TAidOverlapExportQuery } from "@kawal/core";
import { writeAudit } from "../audit/write-audit.ts";
import type { TDb } from "../db/database.ts";
import { type TTableFile, writeTableFile } from "../http/table-file.ts";
import type { TActor } from "../scope/actor.ts";
import { findDesaInScope } from "../scope/find-region.ts";
import { requirePermission } from "../scope/scope.ts";
import { overlapFamilyOf, selectOverlapRows } from "./overlap-desa.ts";
import { windowStart } from "./overlap-sql.ts";

/** Columns in the snake_case Indonesian of the interchange files (docs/formats.md). */
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

export type TOverlapExport = TTableFile;

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
  return writeTableFile({
    format: query.format,
    baseName,
    sheetName: "tikor",
    columns,
    records,
    textColumns: ["no_kk"],
    maskNumbers: !full,
  });
}
