import { writeAudit } from "../audit/write-audit.ts";
import type { TBulkSession, TDatabase } from "../db/database.ts";
import { refreshStatistics } from "../db/refresh-statistics.ts";
import { finishJob, reportProgress } from "../jobs/job-store.ts";
import type { RejectedFile } from "../registry/import/rejected-file.ts";
import { sortRejectedFile } from "../registry/import/sort-rejected-file.ts";
import type { TActor } from "../scope/actor.ts";

export interface TFileImportSteps<TCounts extends { kabCode: string }> {
  jobId: string;
  actor: TActor;
  /** Import the valid rows only; otherwise any rejected row changes nothing. */
  partial: boolean;
  rejected: RejectedFile;
  /** Rows read from the file; asked once the staging step has consumed it. */
  rowCount: () => number;
  /** Audit action written per kabupaten the merge touched. */
  auditAction: string;
  /** Tables to analyse after a change (the embedded database never does it by itself). */
  changedTables: readonly string[];
  /** Staging by COPY, then the checks that need the whole file or the database, their rejects written. */
  stage: (session: TBulkSession) => Promise<void>;
  /** The set-based merge of the staged rows that passed, counted per kabupaten. */
  merge: (session: TBulkSession) => Promise<TCounts[]>;
  /** What the job records beside the counts, read once the file has been read. */
  jobResult: () => Record<string, unknown>;
}

export interface TFileImportOutcome<TCounts> {
  status: "done" | "rejected";
  rows: number;
  accepted: number;
  rejected: number;
  rejectedFile: string | null;
  changes: TCounts[];
}

/** Thrown inside the bulk transaction to roll it back when rejected rows forbid a whole import. */
class RollBack extends Error {}

/**
 * Runs a file import's staging, checks and merge in one bulk transaction with the audit rows, so a
 * rejected file or a killed process leaves the data exactly as it was; then closes the rejected-rows
 * file, sorted by line, and finishes the job (failed, with the error, when the work threw).
 */
export async function runFileImport<TCounts extends { kabCode: string }>(
  database: TDatabase,
  steps: TFileImportSteps<TCounts>,
): Promise<TFileImportOutcome<TCounts>> {
  const { jobId, actor, rejected } = steps;
  let changes: TCounts[] = [];
  try {
    changes = await database.bulk(async (session) => {
      await steps.stage(session);
      if (rejected.count > 0 && !steps.partial) throw new RollBack();
      const merged = await steps.merge(session);
      for (const counts of merged) {
        await writeAudit(session.db, {
          wilayahCode: counts.kabCode,
          actorId: actor.userId,
          action: steps.auditAction,
          entityType: "job",
          entityId: jobId,
          data: { ...counts, rejected: rejected.count },
        });
      }
      return merged;
    });
  } catch (error) {
    if (!(error instanceof RollBack)) {
      await rejected.close();
      await finishJob(database.db, jobId, { status: "failed", result: { error: String(error) } });
      throw error;
    }
  }
  if (changes.length > 0) await refreshStatistics(database, steps.changedTables);
  const rejectedFile = await rejected.close();
  if (rejectedFile) await sortRejectedFile(rejectedFile);
  const rows = steps.rowCount();
  const status = rejected.count > 0 && !steps.partial ? "rejected" : "done";
  const accepted = status === "done" ? rows - rejected.count : 0;
  await finishJob(database.db, jobId, {
    status,
    rejectedRows: rejected.count,
    result: { rows, accepted, rejected: rejected.count, ...steps.jobResult(), changes },
  });
  await reportProgress(database.db, jobId, rows, rows);
  return { status, rows, accepted, rejected: rejected.count, rejectedFile, changes };
}
