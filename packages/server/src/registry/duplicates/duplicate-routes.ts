import {
  ZDuplicateDecision,
  ZDuplicateList,
  ZDuplicateListQuery,
  ZDuplicatePair,
  ZDuplicateScan,
  ZJobStarted,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDatabase } from "../../db/database.ts";
import { requireActor } from "../../http/require-actor.ts";
import { routeOptions } from "../../http/route-options.ts";
import { decideDuplicate } from "./decide-duplicate.ts";
import { DEFAULT_NAME_SIMILARITY } from "./detect-duplicates.ts";
import { listDuplicates } from "./list-duplicates.ts";
import { startDuplicateScan } from "./start-duplicate-scan.ts";

export function registerDuplicateRoutes(
  app: FastifyInstance,
  database: TDatabase,
  options: { nameSimilarity: number } = { nameSimilarity: DEFAULT_NAME_SIMILARITY },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  // A scan answers at once with its job (GET /api/jobs/:id shows progress and `newPairs`).
  r.post(
    "/api/registry/duplicates/scan",
    routeOptions("registry.review", {
      tags: ["registry"],
      body: ZDuplicateScan,
      response: { 202: ZJobStarted },
    }),
    async (request, reply) => {
      const { jobId, finished } = await startDuplicateScan(db, requireActor(request), request.body, options);
      finished.catch((error: unknown) => request.log.error({ err: error, jobId }, "duplicate scan failed"));
      return reply.status(202).send({ jobId });
    },
  );

  r.get(
    "/api/registry/duplicates",
    routeOptions("registry.review", {
      tags: ["registry"],
      querystring: ZDuplicateListQuery,
      response: { 200: ZDuplicateList },
    }),
    async (request) => listDuplicates(db, requireActor(request), request.query),
  );

  r.post(
    "/api/registry/duplicates/:id/decision",
    routeOptions("registry.review", {
      tags: ["registry"],
      params: z.strictObject({ id: z.string().max(64) }),
      body: ZDuplicateDecision,
      response: { 200: ZDuplicatePair },
    }),
    async (request) => decideDuplicate(db, requireActor(request), request.params.id, request.body),
  );
}
