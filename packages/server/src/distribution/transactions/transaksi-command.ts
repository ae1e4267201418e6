import type { TOutput } from "../../cli/cli-output.ts";
import type { TKindCommandOptions } from "../../cli/import-command.ts";
import { printImportResult } from "../../cli/print-import-result.ts";
import type { TDatabase } from "../../db/database.ts";
import { systemActor } from "../../scope/actor.ts";
import { importTransaksi } from "./import-transaksi.ts";

/** `kawal import transaksi FILE [--item ITEMFILE]` (FORMATS.md §4), as the operator. */
export async function transaksiCommand(
  database: TDatabase,
  out: TOutput,
  options: TKindCommandOptions,
): Promise<number> {
  const result = await importTransaksi(database, systemActor, options);
  const totals = result.changes.reduce(
    (sum, c) => ({
      created: sum.created + c.created,
      unchanged: sum.unchanged + c.unchanged,
      itemsCreated: sum.itemsCreated + c.itemsCreated,
      itemsUnchanged: sum.itemsUnchanged + c.itemsUnchanged,
    }),
    { created: 0, unchanged: 0, itemsCreated: 0, itemsUnchanged: 0 },
  );
  const itemLines: string[] = [];
  if (options.itemPath) {
    itemLines.push(
      `barang/goods lines: ${result.itemAccepted} dari/of ${result.itemRows} diterima/accepted, ${result.itemRejected} ditolak/rejected`,
    );
    if (result.itemMissingColumns.length) {
      itemLines.push(
        `kolom wajib berkas barang tidak ada / item file missing columns: ${result.itemMissingColumns.join(", ")}`,
      );
    }
    if (result.itemRejectedFile) {
      itemLines.push(`baris barang ditolak / rejected goods lines: ${result.itemRejectedFile}`);
    }
  }
  return printImportResult(out, result, {
    partial: options.partial,
    totals,
    countsLine: [
      `transaksi baru/new ${totals.created}, tetap/unchanged ${totals.unchanged}; barang baru/new goods lines ${totals.itemsCreated}, tetap/unchanged ${totals.itemsUnchanged}`,
      ...itemLines,
    ].join("\n  "),
  });
}
