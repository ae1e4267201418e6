import type { TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { findOwnRecord } from "../scope/own-record.ts";
import { lookupId } from "../scope/record-id.ts";
import { getJob, type TJobView } from "./job-store.ts";

/** A job is its creator's (a national administrator sees all); anyone else gets 404 and an audit row. */
export function findOwnJob(db: TDb, actor: TActor, jobId: string): Promise<TJobView> {
  return findOwnRecord(db, actor, {
    entityType: "job",
    entityId: jobId,
    find: () => getJob(db, lookupId(jobId)),
    ownerOf: (job) => job.createdBy,
  });
}
