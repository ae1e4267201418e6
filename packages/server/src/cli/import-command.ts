import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { TLanguage } from "@kawal/core";
import type { TConfig } from "../config.ts";
import { agenCommand } from "../distribution/agents/agen-command.ts";
import { daftarBayarCommand } from "../distribution/payment-list/daftar-bayar-command.ts";
import { transaksiCommand } from "../distribution/transactions/transaksi-command.ts";
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
  /** `transaksi` only: the item lines file (`transaksi_item`, FORMATS.md §4). */
  item?: string;
}

/** What every kind's command receives once the file is known to exist and the database is open. */
export interface TKindCommandOptions {
  path: string;
  partial: boolean;
  language: TLanguage;
  rejectedPath: string;
  /** `transaksi` only: the resolved item lines file. */
  itemPath?: string;
  onProgress: (p: { rows: number; bytesRead: number; totalBytes: number }) => void;
}

/** The kinds other than `anggota`, each in its module. */
const kindCommands = {
  peserta: pesertaCommand,
  daftar_bayar: daftarBayarCommand,
  agen: agenCommand,
  transaksi: transaksiCommand,
} as const;

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
  if (!(importKinds as readonly string[]).includes(kind)) {
    out.result(
      { ok: false, error: `unknown import kind ${kind}`, kinds: importKinds },
      `Jenis impor tidak dikenal / unknown import kind: ${kind} (${importKinds.join(", ")})`,
    );
    return ExitCode.MISUSE;
  }
  if (options.item && !existsSync(options.item)) {
    out.result(
      { ok: false, error: "file not found", file: options.item },
      `Berkas tidak ditemukan / file not found: ${options.item}`,
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
    if (kind !== "anggota") {
      const command = kindCommands[kind as keyof typeof kindCommands];
      return await command(database, out, {
        path: resolve(file),
        partial: Boolean(options.partial),
        language,
        rejectedPath: options.rejected ? resolve(options.rejected) : rejectedPathFor(file),
        itemPath: options.item ? resolve(options.item) : undefined,
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
