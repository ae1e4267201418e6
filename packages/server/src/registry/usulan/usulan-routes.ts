import {
  ZUsulanCreate,
  ZUsulanDetail,
  ZUsulanExportQuery,
  ZUsulanKeputusan,
  ZUsulanListQuery,
  ZUsulanPage,
  ZUsulanVerval,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDb } from "../../db/database.ts";
import { requireActor } from "../../http/require-actor.ts";
import { fileAnswer } from "../../http/route-answers.ts";
import { routeOptions } from "../../http/route-options.ts";
import type { TBlobStore } from "../../storage/blob-store.ts";
import { decideUsulan } from "./decide-usulan.ts";
import { exportUsulan } from "./export-usulan.ts";
import { getUsulan } from "./get-usulan.ts";
import { getUsulanMinutes } from "./get-usulan-minutes.ts";
import { listUsulan } from "./list-usulan.ts";
import { proposeUsulan } from "./propose-usulan.ts";
import { receiveMinutes } from "./receive-minutes.ts";
import { recordMusdes } from "./record-musdes.ts";
import { verifyUsulan } from "./verify-usulan.ts";

/**
 * DTKS update proposals (usulan): propose, record the village deliberation, verify in the field,
 * decide; lists and exports for each role. Reads need `registry.read` (proposals are registry data);
 * each step needs its own permission, and the use cases check scope and the proposer rule.
 */
export function registerUsulanRoutes(app: FastifyInstance, db: TDb, blobs: TBlobStore): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const params = z.strictObject({ id: z.string().max(64) });
  const tags = ["usulan"];

  r.post(
    "/api/usulan",
    routeOptions("usulan.propose", { tags, body: ZUsulanCreate, response: { 201: ZUsulanDetail } }),
    async (request, reply) =>
      reply.status(201).send(await proposeUsulan(db, requireActor(request), request.body)),
  );

  r.get(
    "/api/usulan",
    routeOptions("registry.read", { tags, querystring: ZUsulanListQuery, response: { 200: ZUsulanPage } }),
    async (request) => listUsulan(db, requireActor(request), request.query),
  );

  r.get(
    "/api/usulan/export",
    routeOptions("registry.read", {
      tags,
      querystring: ZUsulanExportQuery,
      ...fileAnswer("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    }),
    async (request, reply) => {
      const file = await exportUsulan(db, requireActor(request), request.query);
      return reply
        .type(file.contentType)
        .header("content-disposition", `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );

  r.get(
    "/api/usulan/:id",
    routeOptions("registry.read", { tags, params, response: { 200: ZUsulanDetail } }),
    async (request) => getUsulan(db, requireActor(request), request.params.id),
  );

  // Served as an attachment, never inline: a PDF from outside must not run in the app's origin.
  r.get(
    "/api/usulan/:id/berita-acara",
    routeOptions("registry.read", {
      tags,
      params,
      ...fileAnswer("application/pdf", "image/jpeg", "image/png"),
    }),
    async (request, reply) => {
      const minutes = await getUsulanMinutes(db, requireActor(request), request.params.id);
      return reply
        .type(minutes.contentType)
        .header("content-disposition", `attachment; filename="${minutes.fileName}"`)
        .send(blobs.read(minutes.key));
    },
  );

  r.post(
    "/api/usulan/:id/musdes",
    routeOptions("usulan.deliberate", {
      tags,
      params,
      consumes: ["multipart/form-data"],
      response: { 200: ZUsulanDetail },
    }),
    async (request) =>
      recordMusdes(db, blobs, requireActor(request), request.params.id, () => receiveMinutes(request, blobs)),
  );

  r.post(
    "/api/usulan/:id/verval",
    routeOptions("usulan.verify", { tags, params, body: ZUsulanVerval, response: { 200: ZUsulanDetail } }),
    async (request) => verifyUsulan(db, requireActor(request), request.params.id, request.body),
  );

  r.post(
    "/api/usulan/:id/keputusan",
    routeOptions("usulan.approve", {
      tags,
      params,
      body: ZUsulanKeputusan,
      response: { 200: ZUsulanDetail },
    }),
    async (request) => decideUsulan(db, requireActor(request), request.params.id, request.body),
  );
}
