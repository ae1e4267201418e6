import { ExitCode, type TOutput } from "../../cli/cli-output.ts";
import type { TKindCommandOptions } from "../../cli/import-command.ts";
import type { TDatabase } from "../../db/database.ts";

/** `kawal import agen FILE` (FORMATS.md). */
export async function agenCommand(
  _database: TDatabase,
  out: TOutput,
  _options: TKindCommandOptions,
): Promise<number> {
  out.result(
    { ok: false, error: "import agen is not available yet" },
    "Impor agen belum tersedia / not available yet",
  );
  return ExitCode.MISUSE;
}
