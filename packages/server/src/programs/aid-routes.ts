import {
  ZAidLedgerQuery,
  ZAidOverlap,
  ZAidOverlapExportQuery,
  ZAidOverlapQuery,
  ZAidOverlapSummary,
  ZAidOverlapSummaryQuery,
  ZAidPage,
  ZAidRecordCreate,
  ZAidView,
  ZFamilyAid,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { TDatabase } from "../db/database.ts";
import { jsonRoutes } from "../http/json-routes.ts";
import { sendAttachment } from "../http/route-answers.ts";
import { ZIdParams } from "../http/route-params.ts";
import type { TBlobStore } from "../storage/blob-store.ts";
import { listFamilyAid } from "./aid-family.ts";
import { listAid } from "./list-aid.ts";
import { getAidOverlap } from "./overlap-desa.ts";
import { exportAidOverlap } from "./overlap-export.ts";
import { summarizeAidOverlap } from "./overlap-summary.ts";
import { recordAid } from "./record-aid.ts";

/** Non-government aid and the overlap view. */
export function registerAidRoutes(app: FastifyInstance, database: TDatabase, _blobs: TBlobStore): void {
  const db = database.db;
  const route = jsonRoutes(app, { tags: ["aid"] });

  // A retry answers like the first request (201, the same gift); `Idempotent-Replayed` tells them apart.
  route.post(
    "/api/registry/families/:id/aid",
    "aid.record",
    { params: ZIdParams, idempotent: true, body: ZAidRecordCreate, created: ZAidView },
    ({ actor, params, idempotencyKey, body }) =>
      recordAid(db, actor, { familyId: params.id, idempotencyKey, aid: body }),
  );

  route.get(
    "/api/registry/families/:id/aid",
    "aid.read",
    { params: ZIdParams, answer: ZFamilyAid },
    ({ actor, params }) => listFamilyAid(db, actor, params.id),
  );

  route.get("/api/aid", "aid.read", { query: ZAidLedgerQuery, answer: ZAidPage }, ({ actor, query }) =>
    listAid(db, actor, query),
  );

  route.get(
    "/api/aid/overlap",
    "aid.read",
    { query: ZAidOverlapQuery, answer: ZAidOverlap },
    ({ actor, query }) => getAidOverlap(db, actor, query),
  );

  route.get(
    "/api/aid/overlap/summary",
    "aid.read",
    { query: ZAidOverlapSummaryQuery, answer: ZAidOverlapSummary },
    ({ actor, query }) => summarizeAidOverlap(db, actor, query),
  );

  route.get(
    "/api/aid/overlap/export",
    "aid.read",
    {
      query: ZAidOverlapExportQuery,
      file: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    },
    async ({ actor, query, reply }) => sendAttachment(reply, await exportAidOverlap(db, actor, query)),
  );
}
