import {
  AppError,
  AppErrorCode,
  schemaMessage,
  ZAspect6T,
  ZFollowUpClose,
  ZFollowUpList,
  ZFollowUpQuery,
  ZMonitoringChecklist,
  ZMonitoringCreate,
  ZMonitoringList,
  ZMonitoringListQuery,
  ZMonitoringSummary,
  ZMonitoringSummaryQuery,
  ZMonitoringUpdate,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDatabase } from "../db/database.ts";
import { requireActor } from "../http/require-actor.ts";
import { fileAnswer } from "../http/route-answers.ts";
import { routeOptions } from "../http/route-options.ts";
import type { TBlobStore } from "../storage/blob-store.ts";
import { attachPhoto, getPhoto } from "./checklist-photo.ts";
import { closeFollowUp } from "./close-follow-up.ts";
import { getChecklist } from "./get-checklist.ts";
import { listChecklists } from "./list-checklists.ts";
import { listFollowUps } from "./list-follow-ups.ts";
import { monitoringSummary } from "./monitoring-summary.ts";
import { createChecklist } from "./record-checklist.ts";
import { updateChecklist } from "./update-checklist.ts";

const tags = ["monitoring"];
const params = z.strictObject({ id: z.string().max(64) });
const aspekParams = z.strictObject({ id: z.string().max(64), aspek: ZAspect6T });
/** Optional here: the one checklist per agent and period already makes a retry harmless (409). */
const idempotencyHeaders = z.looseObject({
  "idempotency-key": z
    .uuid(
      schemaMessage({
        id: "header Idempotency-Key harus UUID buatan aplikasi",
        en: "the Idempotency-Key header must be a client-made UUID",
      }),
    )
    .optional(),
});

/** 6T monitoring: checklists per agent per period, findings, photos, follow-ups, the kecamatan summary. */
export function registerMonitoringRoutes(app: FastifyInstance, database: TDatabase, blobs: TBlobStore): void {
  const db = database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  // A second checklist for the same agent and period is 409; `Location` names the first, so the phone
  // (or a retried submission) can open it instead.
  r.post(
    "/api/monitoring",
    routeOptions("monitoring.manage", {
      tags,
      headers: idempotencyHeaders,
      body: ZMonitoringCreate,
      response: { 201: ZMonitoringChecklist },
    }),
    async (request, reply) => {
      const actor = requireActor(request);
      try {
        const { id, replayed } = await createChecklist(db, actor, request.body, {
          idempotencyKey: request.headers["idempotency-key"],
        });
        return reply
          .status(201)
          .header("idempotent-replayed", String(replayed))
          .header("location", `/api/monitoring/${id}`)
          .send(await getChecklist(db, actor, id));
      } catch (error) {
        const first =
          error instanceof AppError && error.code === AppErrorCode.CONFLICT && error.params?.monitoringId;
        if (first) reply.header("location", `/api/monitoring/${first}`);
        throw error;
      }
    },
  );

  r.get(
    "/api/monitoring",
    routeOptions("monitoring.read", {
      tags,
      querystring: ZMonitoringListQuery,
      response: { 200: ZMonitoringList },
    }),
    async (request) => listChecklists(db, requireActor(request), request.query),
  );

  r.get(
    "/api/monitoring/summary",
    routeOptions("monitoring.read", {
      tags,
      querystring: ZMonitoringSummaryQuery,
      response: { 200: ZMonitoringSummary },
    }),
    async (request) => monitoringSummary(db, requireActor(request), request.query),
  );

  r.get(
    "/api/monitoring/follow-ups",
    routeOptions("monitoring.read", { tags, querystring: ZFollowUpQuery, response: { 200: ZFollowUpList } }),
    async (request) => listFollowUps(db, requireActor(request), request.query),
  );

  r.get(
    "/api/monitoring/:id",
    routeOptions("monitoring.read", { tags, params, response: { 200: ZMonitoringChecklist } }),
    async (request) => getChecklist(db, requireActor(request), request.params.id),
  );

  r.put(
    "/api/monitoring/:id",
    routeOptions("monitoring.manage", {
      tags,
      params,
      body: ZMonitoringUpdate,
      response: { 200: ZMonitoringChecklist },
    }),
    async (request) => {
      const actor = requireActor(request);
      await updateChecklist(db, actor, request.params.id, request.body);
      return getChecklist(db, actor, request.params.id);
    },
  );

  r.post(
    "/api/monitoring/:id/aspek/:aspek/tutup",
    routeOptions("monitoring.manage", {
      tags,
      params: aspekParams,
      body: ZFollowUpClose,
      response: { 200: ZMonitoringChecklist },
    }),
    async (request) => {
      const actor = requireActor(request);
      await closeFollowUp(db, actor, request.params.id, request.params.aspek, request.body);
      return getChecklist(db, actor, request.params.id);
    },
  );

  r.post(
    "/api/monitoring/:id/aspek/:aspek/foto",
    routeOptions("monitoring.manage", {
      tags,
      params: aspekParams,
      consumes: ["multipart/form-data"],
      response: { 200: ZMonitoringChecklist },
    }),
    async (request) => {
      const actor = requireActor(request);
      await attachPhoto(db, blobs, actor, request.params.id, request.params.aspek, request);
      return getChecklist(db, actor, request.params.id);
    },
  );

  // Shown inline in the checklist's page: only files whose first bytes are JPEG, PNG or WebP are stored.
  r.get(
    "/api/monitoring/:id/aspek/:aspek/foto",
    routeOptions("monitoring.read", {
      tags,
      params: aspekParams,
      ...fileAnswer("image/jpeg", "image/png", "image/webp"),
    }),
    async (request, reply) => {
      const photo = await getPhoto(db, requireActor(request), request.params.id, request.params.aspek);
      return reply
        .type(photo.contentType)
        .header("content-disposition", "inline")
        .header("cache-control", "private, no-store")
        .send(blobs.read(photo.key));
    },
  );
}
