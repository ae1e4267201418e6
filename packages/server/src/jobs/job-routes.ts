import { AppError, AppErrorCode, ZJobView } from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { TDb } from "../db/database.ts";
import { jsonRoutes } from "../http/json-routes.ts";
import { sendAttachment } from "../http/route-answers.ts";
import { ZIdParams } from "../http/route-params.ts";
import type { TBlobStore } from "../storage/blob-store.ts";
import { findOwnJob } from "./find-own-job.ts";

/** The blob holding a job's rejected rows. */
export const rejectedBlobKey = (jobId: string) => `jobs/${jobId}/ditolak.csv`;

export function registerJobRoutes(app: FastifyInstance, db: TDb, blobs: TBlobStore): void {
  const route = jsonRoutes(app, { tags: ["jobs"] });

  route.get(
    "/api/jobs/:id",
    "session",
    { params: ZIdParams, answer: ZJobView },
    async ({ actor, params }) => {
      const { createdBy: _owner, ...view } = await findOwnJob(db, actor, params.id);
      return view;
    },
  );

  route.get(
    "/api/jobs/:id/rejected",
    "session",
    { params: ZIdParams, file: ["text/csv"] },
    async ({ actor, params, reply }) => {
      const job = await findOwnJob(db, actor, params.id);
      const key = rejectedBlobKey(job.id);
      if (!(await blobs.exists(key))) throw new AppError(AppErrorCode.NOT_FOUND, "no rejected rows");
      return sendAttachment(reply, {
        contentType: "text/csv; charset=utf-8",
        fileName: `baris-ditolak-${job.id.slice(0, 8)}.csv`,
        body: blobs.read(key),
      });
    },
  );
}
