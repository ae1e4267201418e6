import {
  pickLanguage,
  ZAlasanBelumRecorded,
  ZFieldReasonCreate,
  ZRealisasiExportQuery,
  ZRealisasiFamilies,
  ZRealisasiFamiliesQuery,
  ZRealisasiQuery,
  ZRealisasiReport,
  ZReconcileRequest,
  ZReconcileResult,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { TDatabase } from "../../db/database.ts";
import { requireActor } from "../../http/require-actor.ts";
import { fileAnswer } from "../../http/route-answers.ts";
import { routeOptions } from "../../http/route-options.ts";
import { ZIdempotencyHeaders } from "../../registry/events/life-event-schema.ts";
import type { TBlobStore } from "../../storage/blob-store.ts";
import { exportRealisasi } from "./export-realisasi.ts";
import { getRealisasi } from "./get-realisasi.ts";
import { listRealisasiFamilies } from "./list-realisasi-families.ts";
import { reconcilePeriod } from "./reconcile-period.ts";
import { recordReason } from "./record-reason.ts";

const tags = ["distribution"];

/** Reconciliation of a period, the reasons companions record in the field, and the realisasi report. */
export function registerReconcileRoutes(app: FastifyInstance, database: TDatabase, _blobs: TBlobStore): void {
  const db = database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/distribution/reconcile",
    routeOptions("distribution.reconcile", {
      tags,
      body: ZReconcileRequest,
      response: { 200: ZReconcileResult },
    }),
    async (request) => reconcilePeriod(database, requireActor(request), request.body),
  );

  r.get(
    "/api/distribution/realisasi",
    routeOptions("distribution.read", {
      tags,
      querystring: ZRealisasiQuery,
      response: { 200: ZRealisasiReport },
    }),
    async (request) => getRealisasi(db, requireActor(request), request.query),
  );

  r.get(
    "/api/distribution/realisasi/families",
    routeOptions("distribution.read", {
      tags,
      querystring: ZRealisasiFamiliesQuery,
      response: { 200: ZRealisasiFamilies },
    }),
    async (request) => listRealisasiFamilies(db, requireActor(request), request.query),
  );

  r.get(
    "/api/distribution/realisasi/export",
    routeOptions("distribution.read", {
      tags,
      querystring: ZRealisasiExportQuery,
      ...fileAnswer(
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/pdf",
      ),
    }),
    async (request, reply) => {
      const language = pickLanguage(request.headers["accept-language"]);
      const file = await exportRealisasi(db, requireActor(request), request.query, language);
      return reply
        .type(file.contentType)
        .header("content-disposition", `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );

  // A retry answers like the first request (201, the same reason); `Idempotent-Replayed` tells them apart.
  r.post(
    "/api/distribution/reasons",
    routeOptions("distribution.reason", {
      tags,
      headers: ZIdempotencyHeaders,
      body: ZFieldReasonCreate,
      response: { 201: ZAlasanBelumRecorded },
    }),
    async (request, reply) => {
      const { replayed, ...recorded } = await recordReason(db, requireActor(request), {
        idempotencyKey: request.headers["idempotency-key"],
        reason: request.body,
      });
      return reply.status(201).header("idempotent-replayed", String(replayed)).send(recorded);
    },
  );
}
