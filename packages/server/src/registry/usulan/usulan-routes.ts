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
import type { TDb } from "../../db/database.ts";
import { jsonRoutes } from "../../http/json-routes.ts";
import { sendAttachment } from "../../http/route-answers.ts";
import { ZIdParams } from "../../http/route-params.ts";
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
  const route = jsonRoutes(app, { tags: ["usulan"] });

  route.post(
    "/api/usulan",
    "usulan.propose",
    { body: ZUsulanCreate, created: ZUsulanDetail },
    ({ actor, body }) => proposeUsulan(db, actor, body),
  );

  route.get(
    "/api/usulan",
    "registry.read",
    { query: ZUsulanListQuery, answer: ZUsulanPage },
    ({ actor, query }) => listUsulan(db, actor, query),
  );

  route.get(
    "/api/usulan/export",
    "registry.read",
    {
      query: ZUsulanExportQuery,
      file: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    },
    async ({ actor, query, reply }) => sendAttachment(reply, await exportUsulan(db, actor, query)),
  );

  route.get(
    "/api/usulan/:id",
    "registry.read",
    { params: ZIdParams, answer: ZUsulanDetail },
    ({ actor, params }) => getUsulan(db, actor, params.id),
  );

  // Served as an attachment, never inline: a PDF from outside must not run in the app's origin.
  route.get(
    "/api/usulan/:id/berita-acara",
    "registry.read",
    { params: ZIdParams, file: ["application/pdf", "image/jpeg", "image/png"] },
    async ({ actor, params, reply }) => {
      const minutes = await getUsulanMinutes(db, actor, params.id);
      return sendAttachment(reply, { ...minutes, body: blobs.read(minutes.key) });
    },
  );

  route.post(
    "/api/usulan/:id/musdes",
    "usulan.deliberate",
    { params: ZIdParams, upload: true, answer: ZUsulanDetail },
    ({ actor, params, request }) =>
      recordMusdes(db, blobs, actor, params.id, () => receiveMinutes(request, blobs)),
  );

  route.post(
    "/api/usulan/:id/verval",
    "usulan.verify",
    { params: ZIdParams, body: ZUsulanVerval, answer: ZUsulanDetail },
    ({ actor, params, body }) => verifyUsulan(db, actor, params.id, body),
  );

  route.post(
    "/api/usulan/:id/keputusan",
    "usulan.approve",
    { params: ZIdParams, body: ZUsulanKeputusan, answer: ZUsulanDetail },
    ({ actor, params, body }) => decideUsulan(db, actor, params.id, body),
  );
}
