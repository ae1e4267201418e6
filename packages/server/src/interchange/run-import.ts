import { mapHeader, type THeaderMap } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import type { TBulkSession, TDatabase } from "../db/database.ts";
import { refreshStatistics } from "../db/refresh-statistics.ts";
import { finishJob, reportProgress, startJob } from "../jobs/job-store.ts";
import { soleScopeOf, systemActor, type TActor } from "../scope/actor.ts";
import type {
  TFileOutcome,
  TImportKind,
  TImportOptions,
  TImportResult,
  TMoreFileOptions,
  TStagedFile,
} from "./import-kind.ts";
import { readTable, type TTable } from "./read-table.ts";
import { RejectedFile } from "./rejected-file.ts";
import { sortRejectedFile } from "./sort-rejected-file.ts";
import { rejectTableSql } from "./staged-rows.ts";
import { writeStagedRejects } from "./write-staged-rejects.ts";

/** The default name of a rejected-rows file: beside the input, `<name>.ditolak.csv`. */
export function rejectedPathFor(file: string): string {
  return `${file.replace(/\.(csv|xlsx)$/i, "")}.ditolak.csv`;
}

interface TOpenFile<TContext> {
  spec: TStagedFile<unknown, TContext>;
  table: TTable;
  header: THeaderMap;
  rejected: RejectedFile;
  rows: number;
}

/** Thrown inside the bulk transaction to roll it back when rejected rows forbid a whole import. */
class RollBack extends Error {}

/** `rows` as a further file calls it: `itemRows`. */
const named = (prefix: string, key: string) =>
  prefix ? `${prefix}${key[0]?.toUpperCase()}${key.slice(1)}` : key;

function prefixed(prefix: string, values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [named(prefix, key), value]));
}

/**
 * A refused import changes nothing, but that it was tried is on record: an upload is also a way to ask
 * the registry questions, and the audit log shows who asked what.
 */
async function auditRefusal(
  database: TDatabase,
  job: string,
  actor: TActor,
  jobId: string,
  data: Record<string, unknown>,
): Promise<void> {
  await database.db.transaction((tx) =>
    writeAudit(tx, {
      wilayahCode: soleScopeOf(actor),
      actorId: actor.userId === systemActor.userId ? null : actor.userId,
      action: "import.refused",
      entityType: "job",
      entityId: jobId,
      data: { kind: job, ...data },
    }),
  );
}

/** How often (ms) a running import writes its progress to the job, where other sessions can read it. */
const PROGRESS_EVERY = 2_000;

/**
 * Imports a file of one kind, with the files that come with it, whole or not at all: each file's rows
 * are checked one by one and streamed in batches into COPY (a million-row file never sits in memory),
 * the checks that need the whole file or the database run as SQL, and the merge is set-based, all in
 * one bulk transaction with the audit rows, so a rejected file or a killed process leaves the data
 * exactly as it was. Then the rejected-rows files are closed, sorted by line, and the job finished
 * (failed, with the error, when the work threw). The CLI and the upload routes both run this.
 */
export async function runImport<
  TCounts extends { kabCode: string },
  TContext,
  TExtra,
  TMore extends string = never,
>(
  kind: TImportKind<TCounts, TContext, TExtra, TMore>,
  database: TDatabase,
  actor: TActor,
  options: TImportOptions & TMoreFileOptions<TMore>,
): Promise<TImportResult<TCounts, TExtra, TMore>> {
  const paths = options as unknown as Record<string, string | undefined>;
  const given = kind.files.filter((spec) => spec.name === "" || paths[named(spec.name, "path")]);
  const tables: { spec: TStagedFile<unknown, TContext>; table: TTable; header: THeaderMap }[] = [];
  for (const spec of given) {
    const table = await readTable(paths[named(spec.name, "path")] ?? options.path);
    tables.push({ spec, table, header: mapHeader(table.header, spec.columns) });
  }
  const jobId =
    options.jobId ??
    (await startJob(database.db, {
      kind: kind.job,
      fileName: options.path.split("/").at(-1) ?? null,
      partial: options.partial,
      createdBy: actor.userId === systemActor.userId ? null : actor.userId,
    }));
  const outcomeOf = (name: string, outcome: Partial<TFileOutcome>) => {
    const header = tables.find((t) => t.spec.name === name)?.header;
    return prefixed(name, {
      rows: 0,
      accepted: 0,
      rejected: 0,
      rejectedFile: null,
      missingColumns: header?.missing ?? [],
      unknownColumns: header?.unknown ?? [],
      ...outcome,
    });
  };
  const result = (
    status: "done" | "rejected",
    changes: TCounts[],
    extra: TExtra,
    outcomes: Map<string, Partial<TFileOutcome>>,
  ) =>
    Object.assign(
      { jobId, status, changes },
      ...kind.files.map((spec) => outcomeOf(spec.name, outcomes.get(spec.name) ?? {})),
      extra,
    ) as TImportResult<TCounts, TExtra, TMore>;

  // A required column missing or one written twice: the file is refused before any row is read.
  const refused = tables.find((t) => t.header.missing.length > 0 || t.header.duplicate.length > 0);
  if (refused) {
    await finishJob(database.db, jobId, {
      status: "rejected",
      result: prefixed(refused.spec.name, {
        missingColumns: refused.header.missing,
        duplicateColumns: refused.header.duplicate,
      }),
    });
    await auditRefusal(database, kind.job, actor, jobId, { header: true });
    return result("rejected", [], kind.extra(null), new Map());
  }

  const context = await kind.prepare(database, actor, options);
  const lang = options.language;
  const files: TOpenFile<TContext>[] = tables.map(({ spec, table, header }) => ({
    spec,
    table,
    header,
    rows: 0,
    rejected: new RejectedFile(
      spec.name === ""
        ? options.rejectedPath
        : (paths[named(spec.name, "rejectedPath")] ?? rejectedPathFor(paths[named(spec.name, "path")] ?? "")),
      table.header,
    ),
  }));
  const [main] = files;
  let lastReport = Date.now();

  async function* stagingCsv(file: TOpenFile<TContext>): AsyncGenerator<string> {
    const { spec, table, header, rejected } = file;
    for await (const batch of table.batches) {
      const chunk: string[] = [];
      for (const { line, cells } of batch) {
        file.rows += 1;
        const checked = spec.checkRow(cells, header.index, context);
        if (!checked.ok) {
          await rejected.add(
            cells,
            line,
            checked.errors.map((e) => e.column),
            checked.errors.map((e) => e.reason[lang]),
          );
          continue;
        }
        chunk.push(spec.staging.line(line, cells, checked.row, context));
      }
      if (chunk.length > 0) yield `${chunk.join("\n")}\n`;
      if (file !== main) continue;
      options.onProgress?.({ rows: file.rows, ...table.progress() });
      if (database.concurrentSessions && Date.now() - lastReport > PROGRESS_EVERY) {
        lastReport = Date.now();
        await reportProgress(database.db, jobId, file.rows);
      }
    }
  }

  async function stage(session: TBulkSession, file: TOpenFile<TContext>): Promise<void> {
    const { staging } = file.spec;
    for (const statement of [...staging.create, rejectTableSql(staging.table)]) {
      await session.db.execute(sql.raw(statement));
    }
    await session.copyIn(
      `COPY ${staging.table} (${staging.columns.join(", ")}) FROM STDIN WITH (FORMAT csv)`,
      stagingCsv(file),
    );
    if (staging.analyse) await session.db.execute(sql.raw(`ANALYZE ${staging.table}`));
    await file.spec.checks(session.db, actor, context);
    await writeStagedRejects(
      session.db,
      {
        table: staging.table,
        columns: staging.columns,
        cells: staging.refusedCells,
        header: file.table.header,
        index: file.header.index,
      },
      file.rejected,
      lang,
    );
  }

  const refusedRows = () => files.reduce((sum, f) => sum + f.rejected.count, 0);
  const rejectedCounts = () =>
    Object.assign(
      {},
      ...kind.files.map((spec) =>
        prefixed(spec.name, { rejected: files.find((f) => f.spec === spec)?.rejected.count ?? 0 }),
      ),
    ) as Record<string, number>;
  let changes: TCounts[] = [];
  try {
    changes = await database.bulk(async (session) => {
      if (kind.workMem) await session.db.execute(sql.raw(`SET LOCAL work_mem = '${kind.workMem}'`));
      for (const file of files) await stage(session, file);
      if (refusedRows() > 0 && !options.partial) throw new RollBack();
      const merged = await kind.merge(session.db, {
        jobId,
        actor,
        context,
        files: files.map((f) => f.spec.name),
      });
      for (const counts of merged) {
        await writeAudit(session.db, {
          wilayahCode: counts.kabCode,
          actorId: actor.userId,
          action: kind.auditAction,
          entityType: "job",
          entityId: jobId,
          data: { ...counts, ...rejectedCounts() },
        });
      }
      return merged;
    });
  } catch (error) {
    if (!(error instanceof RollBack)) {
      for (const file of files) await file.rejected.close();
      await finishJob(database.db, jobId, { status: "failed", result: { error: String(error) } });
      throw error;
    }
  }
  if (kind.changedAnything ? kind.changedAnything(changes) : changes.length > 0) {
    await refreshStatistics(database, kind.changedTables);
  }
  const status = refusedRows() > 0 && !options.partial ? "rejected" : "done";
  if (status === "rejected") await auditRefusal(database, kind.job, actor, jobId, rejectedCounts());
  const outcomes = new Map<string, Partial<TFileOutcome>>();
  for (const file of files) {
    const rejectedFile = await file.rejected.close();
    if (rejectedFile) await sortRejectedFile(rejectedFile);
    const rejected = file.rejected.count;
    const accepted = status === "done" ? file.rows - rejected : 0;
    outcomes.set(file.spec.name, { rows: file.rows, accepted, rejected, rejectedFile });
  }
  const extra = kind.extra(context);
  const recorded = kind.files.map((spec) => {
    const { rows = 0, accepted = 0, rejected = 0 } = outcomes.get(spec.name) ?? {};
    const unknownColumns = files.find((f) => f.spec === spec)?.header.unknown ?? [];
    return prefixed(spec.name, { rows, accepted, rejected, unknownColumns });
  });
  await finishJob(database.db, jobId, {
    status,
    rejectedRows: refusedRows(),
    result: Object.assign({}, ...recorded, extra, { changes }),
  });
  const allRows = files.reduce((sum, f) => sum + f.rows, 0);
  await reportProgress(database.db, jobId, allRows, allRows);
  return result(status, changes, extra, outcomes);
}
