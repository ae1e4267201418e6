import {
  anggotaColumns,
  checkAnggotaRow,
  kabupatenCodeOf,
  latestLocalDate,
  type TAnggotaCounts,
  type TAnggotaRow,
  type TBilingual,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDatabase, type TDb } from "../../db/database.ts";
import type { TImportKind, TImportOptions, TStagedFile } from "../../interchange/import-kind.ts";
import { runImport } from "../../interchange/run-import.ts";
import { systemActor, type TActor } from "../../scope/actor.ts";
import { actorCovers } from "../../scope/scope.ts";
import { createStagingSql, stagingColumns, stagingLine } from "./anggota-staging.ts";
import { runCrossRowChecks } from "./cross-row-checks.ts";
import { mergeAnggota } from "./merge-anggota.ts";

interface TAnggotaContext {
  desa: Set<string>;
  kecamatan: Set<string>;
  actor: TActor;
  today: string;
  /** Warnings of the accepted rows (core's, e.g. an unusual age for the relation). */
  warnings: number;
}

/**
 * Every desa and kecamatan code, for the row check. Read as two comma-joined texts rather than ~91,000
 * rows: turning that many result rows into objects cost PGlite about 1 s of CPU, one text a tenth of it.
 */
async function knownRegions(db: TDb): Promise<{ desa: Set<string>; kecamatan: Set<string> }> {
  const [row] = await queryRows<{ desa: string | null; kecamatan: string | null }>(
    db,
    sql`SELECT string_agg(code, ',') FILTER (WHERE level = 4) AS desa,
               string_agg(code, ',') FILTER (WHERE level = 3) AS kecamatan
        FROM wilayah WHERE level >= 3`,
  );
  const codes = (joined: string | null | undefined) => new Set(joined ? joined.split(",") : []);
  return { desa: codes(row?.desa), kecamatan: codes(row?.kecamatan) };
}

const anggotaFile: TStagedFile<TAnggotaRow, TAnggotaContext> = {
  name: "",
  columns: anggotaColumns,
  checkRow(cells, index, context) {
    const checked = checkAnggotaRow(cells, index, {
      kecamatanExists: (code: string) => context.kecamatan.has(code),
      today: context.today,
    });
    if (!checked.ok) return checked;
    context.warnings += checked.warnings.length;
    const desa = checked.row.kodeDesa;
    const problem = (reason: TBilingual) => ({
      ok: false as const,
      errors: [{ column: "kode_desa", reason }],
    });
    if (!context.desa.has(desa)) {
      return problem({ id: `kode desa ${desa} tidak dikenal`, en: `unknown desa code ${desa}` });
    }
    if (!actorCovers(context.actor, [desa])) {
      return problem({ id: `desa ${desa} di luar wilayah Anda`, en: `desa ${desa} is outside your area` });
    }
    return checked;
  },
  staging: {
    table: "stg_anggota",
    create: createStagingSql,
    columns: stagingColumns,
    line: (line, _cells, row) => stagingLine(line, kabupatenCodeOf(row.kodeDesa) ?? "", row),
    analyse: true,
    refusedCells: { select: sql`s.*`, stagedName: { kode_desa: "desa_code" } },
  },
  checks: (db, actor) => runCrossRowChecks(db, actor),
};

/**
 * An `anggota` file (docs/formats.md §1): members and their families. Whole-file checks (repeats, one NIK in
 * two families, one head per family) run as SQL; the merge writes what changed, with an event each.
 */
export const anggotaImport: TImportKind<TAnggotaCounts, TAnggotaContext, { warnings: number }> = {
  job: "import.anggota",
  files: [anggotaFile],
  prepare: async (database, actor, options) => ({
    ...(await knownRegions(database.db)),
    actor,
    today: latestLocalDate(options.now ?? new Date()),
    warnings: 0,
  }),
  workMem: "64MB",
  merge: (db, { jobId, actor }) =>
    mergeAnggota(db, { jobId, actorId: actor.userId === systemActor.userId ? null : actor.userId }),
  auditAction: "registry.import",
  changedTables: ["keluarga", "anggota", "registry_event"],
  extra: (context) => ({ warnings: context?.warnings ?? 0 }),
};

/** Imports an `anggota` file, whole or not at all (`runImport`). */
export const importAnggota = (database: TDatabase, actor: TActor, options: TImportOptions) =>
  runImport(anggotaImport, database, actor, options);
