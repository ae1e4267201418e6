import { ExitCode, type TOutput } from "../../cli/cli-output.ts";
import type { TKindCommandOptions } from "../../cli/import-command.ts";
import type { TDatabase } from "../../db/database.ts";

/** `kawal import daftar_bayar FILE` (FORMATS.md). */
export async function daftarBayarCommand(
  _database: TDatabase,
  out: TOutput,
  _options: TKindCommandOptions,
): Promise<number> {
  out.result(
    { ok: false, error: "import daftar_bayar is not available yet" },
    "Impor daftar_bayar belum tersedia / not available yet",
  );
  return ExitCode.MISUSE;
}
