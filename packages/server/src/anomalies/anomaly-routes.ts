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
import type { TDatabase } from "../db/database.ts";
import { jsonRoutes } from "../http/json-routes.ts";
import { ZIdParams } from "../http/route-params.ts";
import type { TBlobStore } from "../storage/blob-store.ts";
import { listOwnerCandidates } from "./anomaly-owners.ts";
import { assignAnomalyOwner } from "./assign-anomaly-owner.ts";
import { detectAnomalies } from "./detect-anomalies.ts";
import { getAnomaly } from "./get-anomaly.ts";
import { listAnomalies } from "./list-anomalies.ts";
import { resolveAnomaly } from "./resolve-anomaly.ts";

/** Anomalies in distribution: found set-based, each with its evidence, an owner and a resolution. */
export function registerAnomalyRoutes(app: FastifyInstance, database: TDatabase, _blobs: TBlobStore): void {
  const db = database.db;
  const route = jsonRoutes(app, { tags: ["anomalies"] });

  route.post(
    "/api/anomalies/detect",
    "anomaly.manage",
    { body: ZAnomalyDetect, answer: ZAnomalyDetectResult },
    ({ actor, body }) => detectAnomalies(db, actor, body),
  );

  route.get(
    "/api/anomalies",
    "anomaly.read",
    { query: ZAnomalyListQuery, answer: ZAnomalyPage },
    ({ actor, query }) => listAnomalies(db, actor, query),
  );

  route.get(
    "/api/anomalies/:id",
    "anomaly.read",
    { params: ZIdParams, answer: ZAnomalyDetail },
    ({ actor, params }) => getAnomaly(db, actor, params.id),
  );

  route.get(
    "/api/anomalies/:id/owners",
    "anomaly.manage",
    { params: ZIdParams, answer: ZAnomalyOwnerCandidates },
    async ({ actor, params }) => ({ items: await listOwnerCandidates(db, actor, params.id) }),
  );

  route.put(
    "/api/anomalies/:id/owner",
    "anomaly.manage",
    { params: ZIdParams, body: ZAnomalyOwner, answer: ZAnomalyDetail },
    ({ actor, params, body }) => assignAnomalyOwner(db, actor, params.id, body),
  );

  // anomaly.read at the door: the finding's owner may resolve it without managing anomalies; the use
  // case refuses everyone else who lacks anomaly.manage.
  route.post(
    "/api/anomalies/:id/resolve",
    "anomaly.read",
    { params: ZIdParams, body: ZAnomalyResolve, answer: ZAnomalyDetail },
    ({ actor, params, body }) => resolveAnomaly(db, actor, params.id, body),
  );
}
