import type { TFileOutcome } from "../interchange/import-kind.ts";
import { ExitCode, type TOutput } from "./cli-output.ts";

/** What every import answers, as far as the CLI prints it. */
export interface TPrintableImportResult extends TFileOutcome {
  status: "done" | "rejected";
  changes: readonly unknown[];
}

/**
 * Prints an import's result (the contract's JSON, or lines for a person) and gives the exit code.
 * `totals` are the kind's counts summed over kabupaten; `countsLine` says them for a person.
 */
export function printImportResult(
  out: TOutput,
  result: TPrintableImportResult,
  options: { partial: boolean; totals: Record<string, number>; countsLine: string },
): number {
  const { totals } = options;
  const lines = [
    result.status === "done"
      ? `Impor selesai / import done: ${result.accepted} dari/of ${result.rows} baris/rows`
      : `Impor DITOLAK, tidak ada yang berubah / import REJECTED, nothing changed: ${result.rejected} dari/of ${result.rows} baris/rows bermasalah/rejected`,
    `  ${options.countsLine}`,
  ];
  if (result.missingColumns.length)
    lines.push(`  kolom wajib tidak ada / missing columns: ${result.missingColumns.join(", ")}`);
  if (result.unknownColumns.length)
    lines.push(`  kolom diabaikan / ignored columns: ${result.unknownColumns.join(", ")}`);
  if (result.rejectedFile) lines.push(`  baris ditolak / rejected rows: ${result.rejectedFile}`);
  if (result.status === "rejected" && !options.partial && result.rejected > 0) {
    lines.push("  --partial mengimpor baris yang valid saja / imports the valid rows only");
  }
  out.result({ ok: result.status === "done", ...result, totals }, lines.join("\n"));
  return result.status === "done" ? ExitCode.OK : ExitCode.REJECTED;
}
