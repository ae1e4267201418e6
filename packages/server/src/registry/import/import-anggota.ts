import {
  anggotaColumns,
  checkAnggotaRow,
  kabupatenCodeOf,
  latestLocalDate,
  scopesContain,
  type TBilingual,
  type TLanguage,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDatabase, type TDb } from "../../db/database.ts";
import { openFileImport } from "../../interchange/open-file-import.ts";
import { runFileImport } from "../../interchange/run-file-import.ts";
import { reportProgress } from "../../jobs/job-store.ts";
import { systemActor, type TActor } from "../../scope/actor.ts";
import { copyStagingSql, createStagingSql, stagingColumns, stagingLine } from "./anggota-staging.ts";
import { runCrossRowChecks } from "./cross-row-checks.ts";
import { mergeAnggota, type TMergeCounts } from "./merge-anggota.ts";
import { RejectedFile } from "./rejected-file.ts";

export interface TImportAnggotaOptions {
  path: string;
  /** Import the valid rows only (FORMATS.md `--partial`); otherwise any rejected row changes nothing. */
  partial: boolean;
  language: TLanguage;
  /** Where the rejected-rows CSV goes (written only when a row is rejected). */
  rejectedPath: string;
  /** A job already created for this import (an upload answers with its id before the work starts). */
  jobId?: string;
  onProgress?: (progress: { rows: number; bytesRead: number; totalBytes: number }) => void;
}

export interface TImportAnggotaResult {
  jobId: string;
  status: "done" | "rejected";
  rows: number;
  accepted: number;
  rejected: number;
  rejectedFile: string | null;
  missingColumns: string[];
  unknownColumns: string[];
  warnings: number;
  changes: TMergeCounts[];
}

/**
 * Imports an `anggota` file (FORMATS.md §1): per-row checks stream into a staging table by COPY,
 * whole-file and registry checks run as SQL, and the merge is set-based — all in one transaction, so
 * a rejected file or a killed process leaves the registry exactly as it was.
 */
export async function importAnggota(
  database: TDatabase,
  actor: TActor,
  options: TImportAnggotaOptions,
): Promise<TImportAnggotaResult> {
  const { table, header, jobId, headerRefused } = await openFileImport(database, actor, {
    path: options.path,
    columns: anggotaColumns,
    kind: "import.anggota",
    partial: options.partial,
    jobId: options.jobId,
  });
  const base = {
    jobId,
    missingColumns: header.missing,
    unknownColumns: header.unknown,
    changes: [] as TMergeCounts[],
  };
  if (headerRefused) {
    return {
      ...base,
      status: "rejected",
      rows: 0,
      accepted: 0,
      rejected: 0,
      rejectedFile: null,
      warnings: 0,
    };
  }

  const regions = await knownRegions(database.db);
  const rejected = new RejectedFile(options.rejectedPath, table.header);
  const lang = options.language;
  const rowContext = {
    kecamatanExists: (code: string) => regions.kecamatan.has(code),
    today: latestLocalDate(new Date()),
  };
  let rows = 0;
  let warnings = 0;
  let lastReport = Date.now();

  async function* stagingCsv(): AsyncGenerator<string> {
    let chunk: string[] = [];
    for await (const batch of table.batches) {
      for (const { line, cells } of batch) {
        rows += 1;
        const checked = checkAnggotaRow(cells, header.index, rowContext);
        const problems: { column: string; reason: TBilingual }[] = checked.ok ? [] : [...checked.errors];
        if (checked.ok) {
          warnings += checked.warnings.length;
          const desa = checked.row.kodeDesa;
          if (!regions.desa.has(desa)) {
            problems.push({
              column: "kode_desa",
              reason: { id: `kode desa ${desa} tidak dikenal`, en: `unknown desa code ${desa}` },
            });
          } else if (!scopesContain(actor.scopes, desa)) {
            problems.push({
              column: "kode_desa",
              reason: { id: `desa ${desa} di luar wilayah Anda`, en: `desa ${desa} is outside your area` },
            });
          }
        }
        if (!checked.ok || problems.length > 0) {
          await rejected.add(
            cells,
            line,
            problems.map((p) => p.column),
            problems.map((p) => p.reason[lang]),
          );
          continue;
        }
        const row = checked.row;
        chunk.push(stagingLine(line, kabupatenCodeOf(row.kodeDesa) ?? "", row));
      }
      if (chunk.length > 0) {
        yield `${chunk.join("\n")}\n`;
        chunk = [];
      }
      options.onProgress?.({ rows, ...table.progress() });
      if (database.concurrentSessions && Date.now() - lastReport > 2_000) {
        lastReport = Date.now();
        await reportProgress(database.db, jobId, rows);
      }
    }
  }

  const outcome = await runFileImport(database, {
    jobId,
    actor,
    partial: options.partial,
    rejected,
    rowCount: () => rows,
    auditAction: "registry.import",
    changedTables: ["keluarga", "anggota", "registry_event"],
    stage: async (session) => {
      // Room for the whole-file hashes and sorts, for this transaction only.
      await session.db.execute(sql`SET LOCAL work_mem = '64MB'`);
      for (const statement of createStagingSql) await session.db.execute(sql.raw(statement));
      await session.copyIn(copyStagingSql, stagingCsv());
      await session.db.execute(sql`ANALYZE stg_anggota`);
      await runCrossRowChecks(session.db);
      await writeCrossRowRejects(session.db, rejected, table.header, header.index, lang);
    },
    merge: (session) =>
      mergeAnggota(session.db, {
        jobId,
        actorId: actor.userId === systemActor.userId ? null : actor.userId,
      }),
    jobResult: () => ({ warnings, unknownColumns: header.unknown }),
  });
  return { ...base, ...outcome, warnings };
}

async function knownRegions(db: TDb): Promise<{ desa: Set<string>; kecamatan: Set<string> }> {
  const rows = await queryRows<{ code: string; level: number }>(
    db,
    sql`SELECT code, level FROM wilayah WHERE level >= 3`,
  );
  const desa = new Set<string>();
  const kecamatan = new Set<string>();
  for (const r of rows) (r.level === 4 ? desa : kecamatan).add(r.code);
  return { desa, kecamatan };
}

/** Appends the rows refused by the SQL checks, rebuilt in the file's own column order. */
async function writeCrossRowRejects(
  db: TDb,
  rejected: RejectedFile,
  header: readonly string[],
  index: Record<string, number>,
  lang: TLanguage,
): Promise<void> {
  const nameAt = new Map(
    Object.entries(index).map(([name, i]) => [i, name === "kode_desa" ? "desa_code" : name]),
  );
  const PAGE = 5_000;
  for (let after = 0; ; ) {
    const page = await queryRows<
      Record<string, unknown> & { line: number; kolom: string[]; alasan: string[] }
    >(
      db,
      sql`SELECT s.*, r.kolom, r.alasan FROM stg_anggota s
          JOIN (SELECT line, array_agg(kolom ORDER BY kolom) AS kolom,
                       array_agg(${lang === "en" ? sql`alasan_en` : sql`alasan_id`} ORDER BY kolom) AS alasan
                FROM stg_reject GROUP BY line) r ON r.line = s.line
          WHERE s.line > ${after} ORDER BY s.line LIMIT ${PAGE}`,
    );
    for (const row of page) {
      const cells = header.map((_, i) => {
        const column = nameAt.get(i);
        const value = column && (stagingColumns as readonly string[]).includes(column) ? row[column] : "";
        if (value === null || value === undefined) return "";
        if (typeof value === "boolean") return value ? "ya" : "tidak";
        if (value instanceof Date) return value.toISOString().slice(0, 10);
        return String(value);
      });
      await rejected.add(cells, row.line, row.kolom, row.alasan);
    }
    if (page.length < PAGE) break;
    after = page.at(-1)?.line ?? after;
  }
}
