import { AppError, AppErrorCode } from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDb } from "../db/database.ts";
import { requireActor } from "../http/require-actor.ts";
import type { TBlobStore } from "../storage/blob-store.ts";
import { findOwnJob } from "./find-own-job.ts";

const ZJobView = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(["queued", "running", "done", "rejected", "failed"]),
  fileName: z.string().nullable(),
  totalRows: z.number().nullable(),
  processedRows: z.number(),
  rejectedRows: z.number(),
  result: z.unknown(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

/** The blob holding a job's rejected rows. */
export const rejectedBlobKey = (jobId: string) => `jobs/${jobId}/ditolak.csv`;

export function registerJobRoutes(app: FastifyInstance, db: TDb, blobs: TBlobStore): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const params = z.strictObject({ id: z.string().max(64) });

  r.get(
    "/api/jobs/:id",
    { schema: { tags: ["jobs"], params, response: { 200: ZJobView } }, config: { access: "session" } },
    async (request) => {
      const { createdBy: _owner, ...view } = await findOwnJob(db, requireActor(request), request.params.id);
      return view;
    },
  );

  r.get(
    "/api/jobs/:id/rejected",
    { schema: { tags: ["jobs"], params, produces: ["text/csv"] }, config: { access: "session" } },
    async (request, reply) => {
      const job = await findOwnJob(db, requireActor(request), request.params.id);
      const key = rejectedBlobKey(job.id);
      if (!(await blobs.exists(key))) throw new AppError(AppErrorCode.NOT_FOUND, "no rejected rows");
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="baris-ditolak-${job.id.slice(0, 8)}.csv"`)
        .send(blobs.read(key));
    },
  );
}
