import {
  AppError,
  AppErrorCode,
  NATIONAL_SCOPE,
  type TDuplicateScan,
  type TDuplicateScanResult,
} from "@kawal/core";
import { writeAudit } from "../../audit/write-audit.ts";
import type { TDb } from "../../db/database.ts";
import { finishJob, reportProgress, startJob } from "../../jobs/job-store.ts";
import { soleScopeOf, type TActor } from "../../scope/actor.ts";
import { actorCovers, requirePermission } from "../../scope/scope.ts";
import { wilayahNames } from "../../wilayah/get-wilayah.ts";
import { detectDuplicates } from "./detect-duplicates.ts";

export interface TStartedScan {
  jobId: string;
  /** Settles when the scan has finished and its job says so. */
  finished: Promise<TDuplicateScanResult>;
}

/**
 * Starts a duplicate scan of a region in the caller's scope (all of it when none is named) as a job:
 * at a million members in one kabupaten it takes tens of seconds, far beyond a request. The region
 * is checked before the job starts: outside the scope it is refused (region codes are public, so the
 * refusal leaks nothing), and a code that names no region is not found. Who asked for which region
 * is audited when the scan starts; what it found is the job's result.
 */
export async function startDuplicateScan(
  db: TDb,
  actor: TActor,
  input: TDuplicateScan,
  options: { nameSimilarity: number },
): Promise<TStartedScan> {
  requirePermission(actor, "registry.review");
  const wilayah = input.wilayah ?? null;
  if (wilayah !== null && !actorCovers(actor, [wilayah])) {
    throw new AppError(AppErrorCode.SCOPE_NOT_ALLOWED, "scan region outside the actor's scope", {
      fields: [
        { field: "wilayah", message: { id: "di luar wilayah tugas Anda", en: "outside your own area" } },
      ],
    });
  }
  if (wilayah !== null && wilayah !== NATIONAL_SCOPE && !(await wilayahNames(db, [wilayah])).has(wilayah)) {
    throw new AppError(AppErrorCode.NOT_FOUND, "wilayah not found");
  }
  const jobId = await startJob(db, { kind: "registry.duplicates", createdBy: actor.userId });
  await db.transaction((tx) =>
    writeAudit(tx, {
      wilayahCode: wilayah ?? soleScopeOf(actor),
      actorId: actor.userId,
      action: "registry.duplicates_scan",
      entityType: "job",
      entityId: jobId,
      data: { wilayah, nameSimilarity: options.nameSimilarity },
    }),
  );
  const finished = (async () => {
    try {
      const found = await detectDuplicates(db, {
        region: wilayah,
        within: actor,
        nameSimilarity: options.nameSimilarity,
        onProgress: (done, total) => reportProgress(db, jobId, done, total),
      });
      const result = { ...found, newPairs: found.nikSama + found.mirip };
      await finishJob(db, jobId, { status: "done", result: { ...result, wilayah } });
      return result;
    } catch (error) {
      await finishJob(db, jobId, { status: "failed", result: { error: "internal" } }).catch(() => {});
      throw error;
    }
  })();
  return { jobId, finished };
}
