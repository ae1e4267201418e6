import {
  ZEnrolmentCreate,
  ZEnrolmentCreated,
  ZEnrolmentListQuery,
  ZEnrolmentPage,
  ZEnrolmentTransition,
  ZEnrolmentTransitioned,
  ZFamilyEnrolments,
  ZJobStarted,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDatabase } from "../db/database.ts";
import { requireActor } from "../http/require-actor.ts";
import { routeOptions } from "../http/route-options.ts";
import { startUploadedImport } from "../interchange/start-uploaded-import.ts";
import { ZIdempotencyHeaders } from "../registry/events/life-event-schema.ts";
import type { TBlobStore } from "../storage/blob-store.ts";
import { enrolFamily } from "./enrol-family.ts";
import { getFamilyEnrolments } from "./enrolment-family-view.ts";
import { importPeserta } from "./import/import-peserta.ts";
import { listEnrolments } from "./list-enrolments.ts";
import { transitionEnrolment } from "./transition-enrolment.ts";

const params = z.strictObject({ id: z.string().max(64) });

/** Enrolments, their transitions and `peserta` imports. */
export function registerEnrolmentRoutes(app: FastifyInstance, database: TDatabase, blobs: TBlobStore): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.get(
    "/api/registry/families/:id/enrolments",
    routeOptions("program.read", { tags: ["programs"], params, response: { 200: ZFamilyEnrolments } }),
    async (request) => getFamilyEnrolments(db, requireActor(request), request.params.id),
  );

  r.post(
    "/api/registry/families/:id/enrolments",
    routeOptions("enrolment.manage", {
      tags: ["programs"],
      params,
      body: ZEnrolmentCreate,
      response: { 201: ZEnrolmentCreated },
    }),
    async (request, reply) => {
      const result = await enrolFamily(db, requireActor(request), {
        familyId: request.params.id,
        body: request.body,
      });
      return reply.status(201).send(result);
    },
  );

  // A retry answers like the first request (201, same transition id); `Idempotent-Replayed` tells them apart.
  r.post(
    "/api/enrolments/:id/transitions",
    routeOptions("enrolment.manage", {
      tags: ["programs"],
      params,
      headers: ZIdempotencyHeaders,
      body: ZEnrolmentTransition,
      response: { 201: ZEnrolmentTransitioned },
    }),
    async (request, reply) => {
      const { replayed, ...result } = await transitionEnrolment(db, requireActor(request), {
        enrolmentId: request.params.id,
        idempotencyKey: request.headers["idempotency-key"],
        body: request.body,
      });
      return reply.status(201).header("idempotent-replayed", String(replayed)).send(result);
    },
  );

  r.get(
    "/api/enrolments",
    routeOptions("program.read", {
      tags: ["programs"],
      querystring: ZEnrolmentListQuery,
      response: { 200: ZEnrolmentPage },
    }),
    async (request) => listEnrolments(db, requireActor(request), request.query),
  );

  // Like the anggota upload: answers at once with its job; the page follows its progress.
  r.post(
    "/api/programs/imports",
    routeOptions("enrolment.import", {
      tags: ["programs"],
      consumes: ["multipart/form-data"],
      response: { 202: ZJobStarted },
    }),
    async (request, reply) => {
      const job = await startUploadedImport(
        request,
        database,
        blobs,
        { job: "import.peserta", logMessage: "peserta import failed" },
        importPeserta,
      );
      return reply.status(202).send(job);
    },
  );
}
