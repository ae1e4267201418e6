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
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDatabase } from "../db/database.ts";
import { requireActor } from "../http/require-actor.ts";
import { fileAnswer } from "../http/route-answers.ts";
import { routeOptions } from "../http/route-options.ts";
import { ZIdempotencyHeaders } from "../registry/events/life-event-schema.ts";
import type { TBlobStore } from "../storage/blob-store.ts";
import { listFamilyAid } from "./aid-family.ts";
import { listAid } from "./list-aid.ts";
import { getAidOverlap } from "./overlap-desa.ts";
import { exportAidOverlap } from "./overlap-export.ts";
import { summarizeAidOverlap } from "./overlap-summary.ts";
import { recordAid } from "./record-aid.ts";

const tags = ["aid"];
const params = z.strictObject({ id: z.string().max(64) });

/** Non-government aid and the overlap view. */
export function registerAidRoutes(app: FastifyInstance, database: TDatabase, _blobs: TBlobStore): void {
  const db = database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  // A retry answers like the first request (201, the same gift); `Idempotent-Replayed` tells them apart.
  r.post(
    "/api/registry/families/:id/aid",
    routeOptions("aid.record", {
      tags,
      params,
      headers: ZIdempotencyHeaders,
      body: ZAidRecordCreate,
      response: { 201: ZAidView },
    }),
    async (request, reply) => {
      const { replayed, ...gift } = await recordAid(db, requireActor(request), {
        familyId: request.params.id,
        idempotencyKey: request.headers["idempotency-key"],
        aid: request.body,
      });
      return reply.status(201).header("idempotent-replayed", String(replayed)).send(gift);
    },
  );

  r.get(
    "/api/registry/families/:id/aid",
    routeOptions("aid.read", { tags, params, response: { 200: ZFamilyAid } }),
    async (request) => listFamilyAid(db, requireActor(request), request.params.id),
  );

  r.get(
    "/api/aid",
    routeOptions("aid.read", { tags, querystring: ZAidLedgerQuery, response: { 200: ZAidPage } }),
    async (request) => listAid(db, requireActor(request), request.query),
  );

  r.get(
    "/api/aid/overlap",
    routeOptions("aid.read", { tags, querystring: ZAidOverlapQuery, response: { 200: ZAidOverlap } }),
    async (request) => getAidOverlap(db, requireActor(request), request.query),
  );

  r.get(
    "/api/aid/overlap/summary",
    routeOptions("aid.read", {
      tags,
      querystring: ZAidOverlapSummaryQuery,
      response: { 200: ZAidOverlapSummary },
    }),
    async (request) => summarizeAidOverlap(db, requireActor(request), request.query),
  );

  r.get(
    "/api/aid/overlap/export",
    routeOptions("aid.read", {
      tags,
      querystring: ZAidOverlapExportQuery,
      ...fileAnswer("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    }),
    async (request, reply) => {
      const file = await exportAidOverlap(db, requireActor(request), request.query);
      return reply
        .type(file.contentType)
        .header("content-disposition", `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );
}
