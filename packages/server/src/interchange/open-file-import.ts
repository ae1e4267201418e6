import { mapHeader, type THeaderMap, type THeaderSpec } from "@kawal/core";
import { finishJob, startJob } from "../jobs/job-store.ts";
import { systemActor, type TActor } from "../scope/actor.ts";
import { readTable, type TTable } from "./read-table.ts";

export interface TOpenedImport {
  table: TTable;
  header: THeaderMap;
  jobId: string;
  /** A required column missing or one written twice: the job is already finished as rejected. */
  headerRefused: boolean;
}

/**
 * The start every file import shares: open the file, map its header row, and take the import's job
 * (the upload's, or a new one). A file whose header is unusable is refused before any row is read.
 */
export async function openFileImport(
  database: { db: Parameters<typeof startJob>[0] },
  actor: TActor,
  options: { path: string; columns: THeaderSpec; kind: string; partial: boolean; jobId?: string | undefined },
): Promise<TOpenedImport> {
  const table = await readTable(options.path);
  const header = mapHeader(table.header, options.columns);
  const jobId =
    options.jobId ??
    (await startJob(database.db, {
      kind: options.kind,
      fileName: options.path.split("/").at(-1) ?? null,
      partial: options.partial,
      createdBy: actor.userId === systemActor.userId ? null : actor.userId,
    }));
  const headerRefused = header.missing.length > 0 || header.duplicate.length > 0;
  if (headerRefused) {
    await finishJob(database.db, jobId, {
      status: "rejected",
      result: { missingColumns: header.missing, duplicateColumns: header.duplicate },
    });
  }
  return { table, header, jobId, headerRefused };
}
