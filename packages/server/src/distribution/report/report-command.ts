import { ExitCode, type TOutput } from "../../cli/cli-output.ts";
import type { TConfig } from "../../config.ts";

export interface TReportCommandOptions {
  list?: boolean;
  periode?: string;
  program?: string;
  wilayah?: string;
  format?: string;
  out?: string;
  lang?: string;
}

/** `kawal report <name> … --format csv|xlsx|pdf [--out FILE]`; `kawal report --list` (FORMATS.md). */
export async function reportCommand(
  _config: TConfig,
  out: TOutput,
  _name: string | undefined,
  _options: TReportCommandOptions,
): Promise<number> {
  out.result(
    { ok: false, error: "reports are not available yet" },
    "Laporan belum tersedia / not available yet",
  );
  return ExitCode.MISUSE;
}
