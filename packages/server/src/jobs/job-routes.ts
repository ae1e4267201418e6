import { AppError, AppErrorCode, ZJobView } from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDb } from "../db/database.ts";
import { requireActor } from "../http/require-actor.ts";
import { fileAnswer } from "../http/route-answers.ts";
import { routeOptions } from "../http/route-options.ts";
import type { TActor } from "../scope/actor.ts";
import type { TBlobStore } from "../storage/blob-store.ts";
import { findOwnJob } from "./find-own-job.ts";

/** The blob holding a job's rejected rows. */
export const rejectedBlobKey = (jobId: string) => `jobs/${jobId}/ditolak.csv`;

export function registerJobRoutes(app: FastifyInstance, db: TDb, blobs: TBlobStore): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const params = z.strictObject({ id: z.string().max(64) });

  r.get(
    "/api/jobs/:id",
    routeOptions("session", { tags: ["jobs"], params, response: { 200: ZJobView } }),
    async (request) => {
      const { createdBy: _owner, ...view } = await findOwnJob(db, requireActor(request), request.params.id);
      return view;
    },
  );

  r.get(
    "/api/jobs/:id/rejected",
    routeOptions("session", { tags: ["jobs"], params, ...fileAnswer("text/csv") }),
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
