import { isAppError, ZReconcileRequest } from "@kawal/core";
import { ExitCode, type TOutput } from "../../cli/cli-output.ts";
import { openFromConfig } from "../../cli/open-from-env.ts";
import { parseOptions } from "../../cli/parse-options.ts";
import type { TConfig } from "../../config.ts";
import { systemActor } from "../../scope/actor.ts";
import { reconcilePeriod } from "./reconcile-period.ts";

export interface TReconcileCommandOptions {
  periode: string;
  program?: string;
  wilayah?: string;
}

const rupiah = (value: number) => `Rp${value.toLocaleString("id-ID")}`;

/** The first field problem of a refused request, in both languages. */
function problemOf(error: unknown): string {
  if (!isAppError(error)) return String(error);
  const field = error.fields?.[0];
  if (!field) return error.message;
  const message =
    typeof field.message === "string" ? field.message : `${field.message.id} / ${field.message.en}`;
  return `${field.field}: ${message}`;
}

/**
 * `kawal reconcile --periode YYYY-MM [--program P] [--wilayah CODE]` (docs/formats.md, Command line): runs
 * the reconciliation as the operator and prints the counts per class. Exit 2 on malformed options,
 * 1 when the period (or the region) does not exist.
 */
export async function reconcileCommand(
  config: TConfig,
  out: TOutput,
  options: TReconcileCommandOptions,
): Promise<number> {
  const parsed = parseOptions(
    ZReconcileRequest,
    {
      periode: options.periode,
      ...(options.program === undefined ? {} : { program: options.program }),
      ...(options.wilayah === undefined ? {} : { wilayah: options.wilayah }),
    },
    out,
  );
  if (parsed === undefined) return ExitCode.MISUSE;
  const database = await openFromConfig(config, { forWork: true });
  try {
    out.say(
      `Rekonsiliasi / reconciling ${parsed.program} ${parsed.periode}${parsed.wilayah ? ` ${parsed.wilayah}` : ""} …`,
    );
    const r = await reconcilePeriod(database, systemActor, parsed);
    out.result(
      { ok: true, ...r },
      [
        `Rekonsiliasi ${r.program} ${r.periode}${r.wilayah ? ` (${r.wilayah})` : ""} selesai / done in ${(r.durationMs / 1000).toFixed(1)} s`,
        `  terdaftar/listed ${r.listed}: tersalur/full ${r.tersalur}, sebagian/partial ${r.sebagian}, belum/none ${r.belum}`,
        `  tidak terdaftar/unlisted cards ${r.tidakTerdaftar}`,
        `  nominal daftar/listed ${rupiah(r.nominalDaftar)}, realisasi/realised ${rupiah(r.nominalRealisasi)}`,
      ].join("\n"),
    );
    return ExitCode.OK;
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "VALIDATION")) {
      const problem = problemOf(error);
      out.result(
        { ok: false, error: problem },
        `Ditolak / refused: ${problem === error.message ? "wilayah tidak ditemukan / region not found" : problem}`,
      );
      return ExitCode.REJECTED;
    }
    throw error;
  } finally {
    await database.close();
  }
}
