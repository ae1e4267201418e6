import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { isAppError, type TLanguage, ZRealisasiExportQuery } from "@kawal/core";
import { ExitCode, type TOutput } from "../../cli/cli-output.ts";
import { openFromConfig } from "../../cli/open-from-env.ts";
import { parseOptions } from "../../cli/parse-options.ts";
import type { TConfig } from "../../config.ts";
import { systemActor } from "../../scope/actor.ts";
import { exportRealisasi, realisasiFileName } from "../reconcile/export-realisasi.ts";

export interface TReportCommandOptions {
  list?: boolean;
  periode?: string;
  program?: string;
  wilayah?: string;
  format?: string;
  out?: string;
  lang?: string;
}

/** The reports `kawal report` can produce, with what each one is. */
export const reports = {
  realisasi: {
    id: "kuota vs realisasi penyaluran per desa (jumlah keluarga dan nominal)",
    en: "quota vs realised distribution per desa (families and amounts)",
  },
} as const;

/** `kawal report <name> … --format csv|xlsx|pdf [--out FILE]`; `kawal report --list` (docs/formats.md). */
export async function reportCommand(
  config: TConfig,
  out: TOutput,
  name: string | undefined,
  options: TReportCommandOptions,
): Promise<number> {
  if (options.list) {
    const names = Object.keys(reports);
    out.result(
      { ok: true, reports: Object.entries(reports).map(([n, d]) => ({ name: n, ...d })) },
      Object.entries(reports)
        .map(([n, d]) => `${n}\t${d.id} / ${d.en}`)
        .join("\n"),
    );
    return names.length > 0 ? ExitCode.OK : ExitCode.REJECTED;
  }
  if (name !== "realisasi") {
    out.result(
      { ok: false, error: `unknown report ${name ?? ""}`.trim(), reports: Object.keys(reports) },
      `Laporan tidak dikenal / unknown report: ${name ?? "(none)"}; kawal report --list`,
    );
    return ExitCode.MISUSE;
  }
  const query = parseOptions(
    ZRealisasiExportQuery,
    {
      periode: options.periode,
      format: options.format,
      ...(options.program === undefined ? {} : { program: options.program }),
      ...(options.wilayah === undefined ? {} : { wilayah: options.wilayah }),
    },
    out,
  );
  if (query === undefined) return ExitCode.MISUSE;
  const language: TLanguage = options.lang === "en" ? "en" : "id";
  const file = resolve(options.out ?? realisasiFileName(query.program, query.periode, query.format));
  const database = await openFromConfig(config, { forWork: true });
  try {
    const made = await exportRealisasi(database.db, systemActor, query, language);
    writeFileSync(file, made.body);
    const t = made.report.total;
    out.result(
      {
        ok: true,
        report: "realisasi",
        file,
        format: query.format,
        rows: made.rows,
        computedAt: made.report.computedAt,
        total: t,
      },
      [
        `Laporan realisasi ${query.program} ${query.periode}: ${file}`,
        `  ${made.rows} desa; kuota/quota ${t.kuota}, realisasi/realised ${t.realisasi} (${t.persen}%)`,
        made.report.computedAt === null
          ? "  periode ini belum direkonsiliasi / this period was not reconciled yet (kawal reconcile)"
          : `  direkonsiliasi / reconciled ${made.report.computedAt}`,
      ].join("\n"),
    );
    return ExitCode.OK;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") {
      out.result({ ok: false, error: "region not found" }, "Wilayah tidak ditemukan / region not found");
      return ExitCode.REJECTED;
    }
    throw error;
  } finally {
    await database.close();
  }
}
