import type { TOutput } from "../../cli/cli-output.ts";
import type { TKindCommandOptions } from "../../cli/import-command.ts";
import { printImportResult } from "../../cli/print-import-result.ts";
import type { TDatabase } from "../../db/database.ts";
import { systemActor } from "../../scope/actor.ts";
import { importAgen } from "./import-agen.ts";

/** `kawal import agen FILE` (FORMATS.md): runs the import as the operator and prints the contract's result. */
export async function agenCommand(
  database: TDatabase,
  out: TOutput,
  options: TKindCommandOptions,
): Promise<number> {
  const result = await importAgen(database, systemActor, options);
  const totals = result.changes.reduce(
    (sum, c) => ({
      created: sum.created + c.created,
      updated: sum.updated + c.updated,
      unchanged: sum.unchanged + c.unchanged,
    }),
    { created: 0, updated: 0, unchanged: 0 },
  );
  return printImportResult(out, result, {
    partial: options.partial,
    totals,
    countsLine: `agen baru/new ${totals.created}, diubah/updated ${totals.updated}, tetap/unchanged ${totals.unchanged}`,
  });
}
