import {
  ZDuplicateDecision,
  ZDuplicateList,
  ZDuplicateListQuery,
  ZDuplicatePair,
  ZDuplicateScan,
  ZJobStarted,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { TDatabase } from "../../db/database.ts";
import { jsonRoutes } from "../../http/json-routes.ts";
import { ZIdParams } from "../../http/route-params.ts";
import { decideDuplicate } from "./decide-duplicate.ts";
import { DEFAULT_NAME_SIMILARITY } from "./detect-duplicates.ts";
import { listDuplicates } from "./list-duplicates.ts";
import { startDuplicateScan } from "./start-duplicate-scan.ts";

export function registerDuplicateRoutes(
  app: FastifyInstance,
  database: TDatabase,
  options: { nameSimilarity: number } = { nameSimilarity: DEFAULT_NAME_SIMILARITY },
): void {
  const route = jsonRoutes(app, { tags: ["registry"] });
  const db = database.db;

  // A scan answers at once with its job (GET /api/jobs/:id shows progress and `newPairs`).
  route.post(
    "/api/registry/duplicates/scan",
    "registry.review",
    { body: ZDuplicateScan, accepted: ZJobStarted },
    async ({ actor, body, request }) => {
      const { jobId, finished } = await startDuplicateScan(db, actor, body, options);
      finished.catch((error: unknown) => request.log.error({ err: error, jobId }, "duplicate scan failed"));
      return { jobId };
    },
  );

  route.get(
    "/api/registry/duplicates",
    "registry.review",
    { query: ZDuplicateListQuery, answer: ZDuplicateList },
    ({ actor, query }) => listDuplicates(db, actor, query),
  );

  route.post(
    "/api/registry/duplicates/:id/decision",
    "registry.review",
    { params: ZIdParams, body: ZDuplicateDecision, answer: ZDuplicatePair },
    ({ actor, params, body }) => decideDuplicate(db, actor, params.id, body),
  );
}
