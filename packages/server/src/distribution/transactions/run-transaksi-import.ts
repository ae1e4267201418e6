import { writeAudit } from "../../audit/write-audit.ts";
import type { TBulkSession, TDatabase } from "../../db/database.ts";
import { refreshStatistics } from "../../db/refresh-statistics.ts";
import { finishJob, reportProgress } from "../../jobs/job-store.ts";
import type { RejectedFile } from "../../registry/import/rejected-file.ts";
import { sortRejectedFile } from "../../registry/import/sort-rejected-file.ts";
import type { TActor } from "../../scope/actor.ts";
import type { TTransaksiCounts } from "./merge-transaksi.ts";

export interface TTransaksiImportSteps {
  jobId: string;
  actor: TActor;
  partial: boolean;
  /** The transaction file's rejected rows, and the item file's (beside the item file). */
  rejected: RejectedFile;
  itemRejected: RejectedFile | null;
  rowCount: () => number;
  itemRowCount: () => number;
  stage: (session: TBulkSession) => Promise<void>;
  merge: (session: TBulkSession) => Promise<TTransaksiCounts[]>;
  jobResult: () => Record<string, unknown>;
}

export interface TTransaksiImportOutcome {
  status: "done" | "rejected";
  rows: number;
  accepted: number;
  rejected: number;
  rejectedFile: string | null;
  itemRows: number;
  itemAccepted: number;
  itemRejected: number;
  itemRejectedFile: string | null;
  changes: TTransaksiCounts[];
}

class RollBack extends Error {}

/**
 * The shared file-import runner (`interchange/run-file-import.ts`) for a pair of files: one bulk
 * transaction holds both, so a rejected row in either file changes nothing unless `--partial` was asked
 * for, and each file gets its own rejected-rows file.
 */
export async function runTransaksiImport(
  database: TDatabase,
  steps: TTransaksiImportSteps,
): Promise<TTransaksiImportOutcome> {
  const { jobId, actor, rejected, itemRejected } = steps;
  const refused = () => rejected.count + (itemRejected?.count ?? 0);
  let changes: TTransaksiCounts[] = [];
  try {
    changes = await database.bulk(async (session) => {
      await steps.stage(session);
      if (refused() > 0 && !steps.partial) throw new RollBack();
      const merged = await steps.merge(session);
      for (const counts of merged) {
        await writeAudit(session.db, {
          wilayahCode: counts.kabCode,
          actorId: actor.userId,
          action: "transaction.import",
          entityType: "job",
          entityId: jobId,
          data: { ...counts, rejected: rejected.count, itemRejected: itemRejected?.count ?? 0 },
        });
      }
      return merged;
    });
  } catch (error) {
    if (!(error instanceof RollBack)) {
      await rejected.close();
      await itemRejected?.close();
      await finishJob(database.db, jobId, { status: "failed", result: { error: String(error) } });
      throw error;
    }
  }
  if (changes.some((c) => c.created > 0 || c.itemsCreated > 0)) {
    await refreshStatistics(database, ["transaksi", "transaksi_item"]);
  }
  const rejectedFile = await rejected.close();
  if (rejectedFile) await sortRejectedFile(rejectedFile);
  const itemRejectedFile = (await itemRejected?.close()) ?? null;
  if (itemRejectedFile) await sortRejectedFile(itemRejectedFile);
  const rows = steps.rowCount();
  const itemRows = steps.itemRowCount();
  const status = refused() > 0 && !steps.partial ? "rejected" : "done";
  const accepted = status === "done" ? rows - rejected.count : 0;
  const itemAccepted = status === "done" ? itemRows - (itemRejected?.count ?? 0) : 0;
  const outcome = {
    status,
    rows,
    accepted,
    rejected: rejected.count,
    rejectedFile,
    itemRows,
    itemAccepted,
    itemRejected: itemRejected?.count ?? 0,
    itemRejectedFile,
    changes,
  } as const;
  await finishJob(database.db, jobId, {
    status,
    rejectedRows: refused(),
    result: {
      rows,
      accepted,
      rejected: rejected.count,
      itemRows,
      itemAccepted,
      itemRejected: outcome.itemRejected,
      ...steps.jobResult(),
      changes,
    },
  });
  await reportProgress(database.db, jobId, rows + itemRows, rows + itemRows);
  return outcome;
}
