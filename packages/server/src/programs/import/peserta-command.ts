import type { TOutput } from "../../cli/cli-output.ts";
import type { TKindCommandOptions } from "../../cli/import-command.ts";
import { printImportResult } from "../../cli/print-import-result.ts";
import type { TDatabase } from "../../db/database.ts";
import { systemActor } from "../../scope/actor.ts";
import { importPeserta } from "./import-peserta.ts";

/** `kawal import peserta FILE`: runs the import as the operator and prints the contract's result. */
export async function pesertaCommand(
  database: TDatabase,
  out: TOutput,
  options: TKindCommandOptions,
): Promise<number> {
  const result = await importPeserta(database, systemActor, options);
  const totals = result.changes.reduce(
    (sum, c) => ({
      created: sum.created + c.created,
      transitioned: sum.transitioned + c.transitioned,
      updated: sum.updated + c.updated,
      unchanged: sum.unchanged + c.unchanged,
    }),
    { created: 0, transitioned: 0, updated: 0, unchanged: 0 },
  );
  return printImportResult(out, result, {
    partial: options.partial,
    totals,
    countsLine: `kepesertaan baru/new ${totals.created}, status berubah/state changed ${totals.transitioned}, data kartu diubah/card details updated ${totals.updated}, tetap/unchanged ${totals.unchanged}`,
  });
}
