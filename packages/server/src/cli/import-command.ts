import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { TLanguage } from "@kawal/core";
import type { TConfig } from "../config.ts";
import { pesertaCommand } from "../programs/import/peserta-command.ts";
import { importAnggota } from "../registry/import/import-anggota.ts";
import { systemActor } from "../scope/actor.ts";
import { ExitCode, type TOutput } from "./cli-output.ts";
import { openFromConfig } from "./open-from-env.ts";
import { printImportResult } from "./print-import-result.ts";
import { progressBar } from "./progress-bar.ts";

export const importKinds = ["anggota", "peserta", "daftar_bayar", "transaksi", "agen"] as const;

export interface TImportCommandOptions {
  partial?: boolean;
  rejected?: string;
  lang?: string;
}

/** The default name of the rejected-rows file: beside the input, `<name>.ditolak.csv`. */
export function rejectedPathFor(file: string): string {
  return resolve(`${file.replace(/\.(csv|xlsx)$/i, "")}.ditolak.csv`);
}

export async function importCommand(
  config: TConfig,
  out: TOutput,
  kind: string,
  file: string,
  options: TImportCommandOptions,
): Promise<number> {
  if (kind !== "anggota" && kind !== "peserta") {
    out.result(
      { ok: false, error: `import ${kind} is not available yet` },
      `Impor ${kind} belum tersedia / not available yet`,
    );
    return ExitCode.MISUSE;
  }
  if (!existsSync(file)) {
    out.result(
      { ok: false, error: "file not found", file },
      `Berkas tidak ditemukan / file not found: ${file}`,
    );
    return ExitCode.MISUSE;
  }
  const language: TLanguage = options.lang === "en" ? "en" : "id";
  const database = await openFromConfig(config, { forWork: true });
  const bar = progressBar(`impor ${kind}`);
  try {
    if (kind === "peserta") {
      return await pesertaCommand(database, out, {
        path: resolve(file),
        partial: Boolean(options.partial),
        language,
        rejectedPath: options.rejected ? resolve(options.rejected) : rejectedPathFor(file),
        onProgress: (p) => bar.update(p.bytesRead, p.totalBytes, `${p.rows} baris/rows`),
      }).finally(() => bar.stop());
    }
    const result = await importAnggota(database, systemActor, {
      path: resolve(file),
      partial: Boolean(options.partial),
      language,
      rejectedPath: options.rejected ? resolve(options.rejected) : rejectedPathFor(file),
      onProgress: (p) => bar.update(p.bytesRead, p.totalBytes, `${p.rows} baris/rows`),
    });
    bar.stop();
    const changed = result.changes.reduce(
      (sum, c) => ({
        familiesInserted: sum.familiesInserted + c.familiesInserted,
        familiesUpdated: sum.familiesUpdated + c.familiesUpdated,
        membersInserted: sum.membersInserted + c.membersInserted,
        membersUpdated: sum.membersUpdated + c.membersUpdated,
      }),
      { familiesInserted: 0, familiesUpdated: 0, membersInserted: 0, membersUpdated: 0 },
    );
    return printImportResult(out, result, {
      partial: Boolean(options.partial),
      totals: changed,
      countsLine: `keluarga baru/new ${changed.familiesInserted}, diubah/updated ${changed.familiesUpdated}; anggota baru/new ${changed.membersInserted}, diubah/updated ${changed.membersUpdated}`,
    });
  } finally {
    bar.stop();
    await database.close();
  }
}
