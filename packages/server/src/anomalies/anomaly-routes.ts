import {
  ZAnomalyDetail,
  ZAnomalyDetect,
  ZAnomalyDetectResult,
  ZAnomalyListQuery,
  ZAnomalyOwner,
  ZAnomalyOwnerCandidates,
  ZAnomalyPage,
  ZAnomalyResolve,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDatabase } from "../db/database.ts";
import { requireActor } from "../http/require-actor.ts";
import { routeOptions } from "../http/route-options.ts";
import type { TBlobStore } from "../storage/blob-store.ts";
import { listOwnerCandidates } from "./anomaly-owners.ts";
import { assignAnomalyOwner } from "./assign-anomaly-owner.ts";
import { detectAnomalies } from "./detect-anomalies.ts";
import { getAnomaly } from "./get-anomaly.ts";
import { listAnomalies } from "./list-anomalies.ts";
import { resolveAnomaly } from "./resolve-anomaly.ts";

const tags = ["anomalies"];
const params = z.strictObject({ id: z.string().max(64) });

/** Anomalies in distribution: found set-based, each with its evidence, an owner and a resolution. */
export function registerAnomalyRoutes(app: FastifyInstance, database: TDatabase, _blobs: TBlobStore): void {
  const db = database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/anomalies/detect",
    routeOptions("anomaly.manage", { tags, body: ZAnomalyDetect, response: { 200: ZAnomalyDetectResult } }),
    async (request) => detectAnomalies(db, requireActor(request), request.body),
  );

  r.get(
    "/api/anomalies",
    routeOptions("anomaly.read", { tags, querystring: ZAnomalyListQuery, response: { 200: ZAnomalyPage } }),
    async (request) => listAnomalies(db, requireActor(request), request.query),
  );

  r.get(
    "/api/anomalies/:id",
    routeOptions("anomaly.read", { tags, params, response: { 200: ZAnomalyDetail } }),
    async (request) => getAnomaly(db, requireActor(request), request.params.id),
  );

  r.get(
    "/api/anomalies/:id/owners",
    routeOptions("anomaly.manage", { tags, params, response: { 200: ZAnomalyOwnerCandidates } }),
    async (request) => ({ items: await listOwnerCandidates(db, requireActor(request), request.params.id) }),
  );

  r.put(
    "/api/anomalies/:id/owner",
    routeOptions("anomaly.manage", { tags, params, body: ZAnomalyOwner, response: { 200: ZAnomalyDetail } }),
    async (request) => assignAnomalyOwner(db, requireActor(request), request.params.id, request.body),
  );

  // anomaly.read at the door: the finding's owner may resolve it without managing anomalies; the use
  // case refuses everyone else who lacks anomaly.manage.
  r.post(
    "/api/anomalies/:id/resolve",
    routeOptions("anomaly.read", { tags, params, body: ZAnomalyResolve, response: { 200: ZAnomalyDetail } }),
    async (request) => resolveAnomaly(db, requireActor(request), request.params.id, request.body),
  );
}
