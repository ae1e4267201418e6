import type { TLanguage } from "@kawal/core";
import { ExitCode, type TOutput } from "../../cli/cli-output.ts";
import type { TDatabase } from "../../db/database.ts";
import { systemActor } from "../../scope/actor.ts";
import { importPeserta } from "./import-peserta.ts";

/** `kawal import peserta FILE`: runs the import as the operator and prints the contract's result. */
export async function pesertaCommand(
  database: TDatabase,
  out: TOutput,
  options: {
    path: string;
    partial: boolean;
    language: TLanguage;
    rejectedPath: string;
    onProgress: (p: { rows: number; bytesRead: number; totalBytes: number }) => void;
  },
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
  const lines = [
    result.status === "done"
      ? `Impor selesai / import done: ${result.accepted} dari/of ${result.rows} baris/rows`
      : `Impor DITOLAK, tidak ada yang berubah / import REJECTED, nothing changed: ${result.rejected} dari/of ${result.rows} baris/rows bermasalah/rejected`,
    `  kepesertaan baru/new ${totals.created}, status berubah/state changed ${totals.transitioned}, data kartu diubah/card details updated ${totals.updated}, tetap/unchanged ${totals.unchanged}`,
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
