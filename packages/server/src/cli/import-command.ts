import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { TLanguage } from "@kawal/core";
import type { TConfig } from "../config.ts";
import type { TDatabase } from "../db/database.ts";
import { importAgen } from "../distribution/agents/import-agen.ts";
import { importDaftarBayar } from "../distribution/payment-list/import-daftar-bayar.ts";
import { importTransaksi } from "../distribution/transactions/import-transaksi.ts";
import type { TImportOptions, TMoreFileOptions } from "../interchange/import-kind.ts";
import { rejectedPathFor } from "../interchange/run-import.ts";
import { importPeserta } from "../programs/import/import-peserta.ts";
import { importAnggota } from "../registry/import/import-anggota.ts";
import { systemActor, type TActor } from "../scope/actor.ts";
import { ExitCode, type TOutput } from "./cli-output.ts";
import { openFromConfig } from "./open-from-env.ts";
import { printImportResult, type TPrintableImportResult } from "./print-import-result.ts";
import { progressBar } from "./progress-bar.ts";

export interface TImportCommandOptions {
  partial?: boolean;
  rejected?: string;
  lang?: string;
  /** `transaksi` only: the item lines file (`transaksi_item`, docs/formats.md §4). */
  item?: string;
}

/** One `kawal import <kind>`: the importer, and how its counts are summed and said to a person. */
interface TImportCommand<TResult extends TPrintableImportResult> {
  run(
    database: TDatabase,
    actor: TActor,
    options: TImportOptions & TMoreFileOptions<"item">,
  ): Promise<TResult>;
  /** The counts of `changes` summed over the kabupaten, in this order. */
  counts: readonly string[];
  /** The totals said in a line or more; `totals` gets any total that is not a sum of counts. */
  say(totals: Record<string, number>, result: TResult, itemGiven: boolean): string;
}

const command = <TResult extends TPrintableImportResult>(c: TImportCommand<TResult>) => c;

/** The import commands (docs/formats.md), each kind's in one row. */
const importCommands = {
  anggota: command({
    run: importAnggota,
    counts: ["familiesInserted", "familiesUpdated", "membersInserted", "membersUpdated"],
    say: (t) =>
      `keluarga baru/new ${t.familiesInserted}, diubah/updated ${t.familiesUpdated}; anggota baru/new ${t.membersInserted}, diubah/updated ${t.membersUpdated}`,
  }),
  peserta: command({
    run: importPeserta,
    counts: ["created", "transitioned", "updated", "unchanged"],
    say: (t) =>
      `kepesertaan baru/new ${t.created}, status berubah/state changed ${t.transitioned}, data kartu diubah/card details updated ${t.updated}, tetap/unchanged ${t.unchanged}`,
  }),
  daftar_bayar: command({
    run: importDaftarBayar,
    counts: ["created", "updated", "unchanged", "nominalDiffers"],
    say: (t, result) => {
      t.openedPeriods = result.openedPeriods.length;
      const opened = result.openedPeriods.map((p) => `${p.program} ${p.periode}`).join(", ");
      return (
        `baris baru/new ${t.created}, diubah/updated ${t.updated}, tetap/unchanged ${t.unchanged}; ` +
        `nominal SEMBAKO berbeda dari aturan/differs from the rule ${t.nominalDiffers}` +
        (opened ? `; periode dibuka/periods opened: ${opened}` : "")
      );
    },
  }),
  transaksi: command({
    run: importTransaksi,
    counts: ["created", "unchanged", "itemsCreated", "itemsUnchanged"],
    say: (t, result, itemGiven) => {
      const lines = [
        `transaksi baru/new ${t.created}, tetap/unchanged ${t.unchanged}; barang baru/new goods lines ${t.itemsCreated}, tetap/unchanged ${t.itemsUnchanged}`,
      ];
      if (!itemGiven) return lines[0] ?? "";
      lines.push(
        `barang/goods lines: ${result.itemAccepted} dari/of ${result.itemRows} diterima/accepted, ${result.itemRejected} ditolak/rejected`,
      );
      if (result.itemMissingColumns.length) {
        lines.push(
          `kolom wajib berkas barang tidak ada / item file missing columns: ${result.itemMissingColumns.join(", ")}`,
        );
      }
      if (result.itemRejectedFile) {
        lines.push(`baris barang ditolak / rejected goods lines: ${result.itemRejectedFile}`);
      }
      return lines.join("\n  ");
    },
  }),
  agen: command({
    run: importAgen,
    counts: ["created", "updated", "unchanged"],
    say: (t) => `agen baru/new ${t.created}, diubah/updated ${t.updated}, tetap/unchanged ${t.unchanged}`,
  }),
};

type TImportKindName = keyof typeof importCommands;
export const importKinds = Object.keys(importCommands) as TImportKindName[];

function sumCounts(changes: readonly unknown[], counts: readonly string[]): Record<string, number> {
  const totals = Object.fromEntries(counts.map((name) => [name, 0]));
  for (const change of changes as Record<string, number>[]) {
    for (const name of counts) totals[name] = (totals[name] ?? 0) + (change[name] ?? 0);
  }
  return totals;
}

function fileNotFound(out: TOutput, file: string): number {
  out.result(
    { ok: false, error: "file not found", file },
    `Berkas tidak ditemukan / file not found: ${file}`,
  );
  return ExitCode.MISUSE;
}

/** `kawal import <kind> <file>`: runs the kind's import as the operator and prints the contract's result. */
export async function importCommand(
  config: TConfig,
  out: TOutput,
  kind: string,
  file: string,
  options: TImportCommandOptions,
): Promise<number> {
  if (!Object.hasOwn(importCommands, kind)) {
    out.result(
      { ok: false, error: `unknown import kind ${kind}`, kinds: importKinds },
      `Jenis impor tidak dikenal / unknown import kind: ${kind} (${importKinds.join(", ")})`,
    );
    return ExitCode.MISUSE;
  }
  if (options.item && !existsSync(options.item)) return fileNotFound(out, options.item);
  if (!existsSync(file)) return fileNotFound(out, file);
  const entry: TImportCommand<TPrintableImportResult> = importCommands[kind as TImportKindName];
  const language: TLanguage = options.lang === "en" ? "en" : "id";
  const partial = Boolean(options.partial);
  const database = await openFromConfig(config, { forWork: true });
  const bar = progressBar(`impor ${kind}`);
  try {
    const result = await entry.run(database, systemActor, {
      path: resolve(file),
      partial,
      language,
      rejectedPath: resolve(options.rejected ?? rejectedPathFor(file)),
      itemPath: options.item ? resolve(options.item) : undefined,
      onProgress: (p) => bar.update(p.bytesRead, p.totalBytes, `${p.rows} baris/rows`),
    });
    bar.stop();
    const totals = sumCounts(result.changes, entry.counts);
    const countsLine = entry.say(totals, result, Boolean(options.item));
    return printImportResult(out, result, { partial, totals, countsLine });
  } finally {
    bar.stop();
    await database.close();
  }
}
