import { ExitCode, type TOutput } from "../../cli/cli-output.ts";
import type { TConfig } from "../../config.ts";

export interface TReconcileCommandOptions {
  periode: string;
  program?: string;
  wilayah?: string;
}

/** `kawal reconcile --periode YYYY-MM [--program P] [--wilayah CODE]` (FORMATS.md, Command line). */
export async function reconcileCommand(
  _config: TConfig,
  out: TOutput,
  _options: TReconcileCommandOptions,
): Promise<number> {
  out.result(
    { ok: false, error: "reconcile is not available yet" },
    "Rekonsiliasi belum tersedia / not available yet",
  );
  return ExitCode.MISUSE;
}
