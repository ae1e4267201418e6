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
    {
      schema: { tags, body: ZUsulanCreate, response: { 201: ZUsulanDetail } },
      config: { access: "usulan.propose" },
    },
    async (request, reply) =>
      reply.status(201).send(await proposeUsulan(db, requireActor(request), request.body)),
  );

  r.get(
    "/api/usulan",
    {
      schema: {
        tags,
        querystring: ZUsulanListQuery,
        response: { 200: ZUsulanPage },
      },
      config: { access: "registry.read" },
    },
    async (request) => listUsulan(db, requireActor(request), request.query),
  );

  r.get(
    "/api/usulan/export",
    {
      schema: {
        tags,
        querystring: ZUsulanExportQuery,
        ...fileAnswer("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      },
      config: { access: "registry.read" },
    },
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
    { schema: { tags, params, response: { 200: ZUsulanDetail } }, config: { access: "registry.read" } },
    async (request) => getUsulan(db, requireActor(request), request.params.id),
  );

  // Served as an attachment, never inline: a PDF from outside must not run in the app's origin.
  r.get(
    "/api/usulan/:id/berita-acara",
    {
      schema: { tags, params, ...fileAnswer("application/pdf", "image/jpeg", "image/png") },
      config: { access: "registry.read" },
    },
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
    {
      schema: { tags, params, consumes: ["multipart/form-data"], response: { 200: ZUsulanDetail } },
      config: { access: "usulan.deliberate" },
    },
    async (request) =>
      recordMusdes(db, blobs, requireActor(request), request.params.id, () => receiveMinutes(request, blobs)),
  );

  r.post(
    "/api/usulan/:id/verval",
    {
      schema: { tags, params, body: ZUsulanVerval, response: { 200: ZUsulanDetail } },
      config: { access: "usulan.verify" },
    },
    async (request) => verifyUsulan(db, requireActor(request), request.params.id, request.body),
  );

  r.post(
    "/api/usulan/:id/keputusan",
    {
      schema: { tags, params, body: ZUsulanKeputusan, response: { 200: ZUsulanDetail } },
      config: { access: "usulan.approve" },
    },
    async (request) => decideUsulan(db, requireActor(request), request.params.id, request.body),
  );
}
