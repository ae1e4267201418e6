import { ExitCode, type TOutput } from "../../cli/cli-output.ts";
import type { TKindCommandOptions } from "../../cli/import-command.ts";
import type { TDatabase } from "../../db/database.ts";

/** `kawal import transaksi FILE` (FORMATS.md). */
export async function transaksiCommand(
  _database: TDatabase,
  out: TOutput,
  _options: TKindCommandOptions,
): Promise<number> {
  out.result(
    { ok: false, error: "import transaksi is not available yet" },
    "Impor transaksi belum tersedia / not available yet",
  );
  return ExitCode.MISUSE;
}
