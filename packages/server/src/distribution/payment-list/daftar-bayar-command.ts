import type { TOutput } from "../../cli/cli-output.ts";
import type { TKindCommandOptions } from "../../cli/import-command.ts";
import { printImportResult } from "../../cli/print-import-result.ts";
import type { TDatabase } from "../../db/database.ts";
import { systemActor } from "../../scope/actor.ts";
import { importDaftarBayar } from "./import-daftar-bayar.ts";

/** `kawal import daftar_bayar FILE` (FORMATS.md): runs the import as the operator and prints the contract's result. */
export async function daftarBayarCommand(
  database: TDatabase,
  out: TOutput,
  options: TKindCommandOptions,
): Promise<number> {
  const result = await importDaftarBayar(database, systemActor, options);
  const totals = result.changes.reduce(
    (sum, c) => ({
      created: sum.created + c.created,
      updated: sum.updated + c.updated,
      unchanged: sum.unchanged + c.unchanged,
      nominalDiffers: sum.nominalDiffers + c.nominalDiffers,
    }),
    { created: 0, updated: 0, unchanged: 0, nominalDiffers: 0 },
  );
  const opened = result.openedPeriods.map((p) => `${p.program} ${p.periode}`).join(", ");
  return printImportResult(out, result, {
    partial: options.partial,
    totals: { ...totals, openedPeriods: result.openedPeriods.length },
    countsLine:
      `baris baru/new ${totals.created}, diubah/updated ${totals.updated}, tetap/unchanged ${totals.unchanged}; ` +
      `nominal SEMBAKO berbeda dari aturan/differs from the rule ${totals.nominalDiffers}` +
      (opened ? `; periode dibuka/periods opened: ${opened}` : ""),
  });
}
