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
import { z } from "zod";
import type { TDatabase } from "../db/database.ts";
import { jsonRoutes } from "../http/json-routes.ts";
import { ZIdParams } from "../http/route-params.ts";
import type { TBlobStore } from "../storage/blob-store.ts";
import { attachPhoto, getPhoto } from "./checklist-photo.ts";
import { closeFollowUp } from "./close-follow-up.ts";
import { getChecklist } from "./get-checklist.ts";
import { listChecklists } from "./list-checklists.ts";
import { listFollowUps } from "./list-follow-ups.ts";
import { monitoringSummary } from "./monitoring-summary.ts";
import { createChecklist } from "./record-checklist.ts";
import { updateChecklist } from "./update-checklist.ts";

const aspekParams = ZIdParams.extend({ aspek: ZAspect6T });
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
  const route = jsonRoutes(app, { tags: ["monitoring"] });

  // A second checklist for the same agent and period is 409; `Location` names the first, so the phone
  // (or a retried submission) can open it instead.
  route.post(
    "/api/monitoring",
    "monitoring.manage",
    { headers: idempotencyHeaders, body: ZMonitoringCreate, created: ZMonitoringChecklist },
    async ({ actor, headers, body, reply }) => {
      try {
        const { id, replayed } = await createChecklist(db, actor, body, {
          idempotencyKey: headers["idempotency-key"],
        });
        reply.header("idempotent-replayed", String(replayed)).header("location", `/api/monitoring/${id}`);
        return await getChecklist(db, actor, id);
      } catch (error) {
        const first =
          error instanceof AppError && error.code === AppErrorCode.CONFLICT && error.params?.monitoringId;
        if (first) reply.header("location", `/api/monitoring/${first}`);
        throw error;
      }
    },
  );

  route.get(
    "/api/monitoring",
    "monitoring.read",
    { query: ZMonitoringListQuery, answer: ZMonitoringList },
    ({ actor, query }) => listChecklists(db, actor, query),
  );

  route.get(
    "/api/monitoring/summary",
    "monitoring.read",
    { query: ZMonitoringSummaryQuery, answer: ZMonitoringSummary },
    ({ actor, query }) => monitoringSummary(db, actor, query),
  );

  route.get(
    "/api/monitoring/follow-ups",
    "monitoring.read",
    { query: ZFollowUpQuery, answer: ZFollowUpList },
    ({ actor, query }) => listFollowUps(db, actor, query),
  );

  route.get(
    "/api/monitoring/:id",
    "monitoring.read",
    { params: ZIdParams, answer: ZMonitoringChecklist },
    ({ actor, params }) => getChecklist(db, actor, params.id),
  );

  route.put(
    "/api/monitoring/:id",
    "monitoring.manage",
    { params: ZIdParams, body: ZMonitoringUpdate, answer: ZMonitoringChecklist },
    async ({ actor, params, body }) => {
      await updateChecklist(db, actor, params.id, body);
      return getChecklist(db, actor, params.id);
    },
  );

  route.post(
    "/api/monitoring/:id/aspek/:aspek/tutup",
    "monitoring.manage",
    { params: aspekParams, body: ZFollowUpClose, answer: ZMonitoringChecklist },
    async ({ actor, params, body }) => {
      await closeFollowUp(db, actor, params.id, params.aspek, body);
      return getChecklist(db, actor, params.id);
    },
  );

  route.post(
    "/api/monitoring/:id/aspek/:aspek/foto",
    "monitoring.manage",
    { params: aspekParams, upload: true, answer: ZMonitoringChecklist },
    async ({ actor, params, request }) => {
      await attachPhoto(db, blobs, actor, params.id, params.aspek, request);
      return getChecklist(db, actor, params.id);
    },
  );

  // Shown inline in the checklist's page: only files whose first bytes are JPEG, PNG or WebP are stored.
  route.get(
    "/api/monitoring/:id/aspek/:aspek/foto",
    "monitoring.read",
    { params: aspekParams, file: ["image/jpeg", "image/png", "image/webp"] },
    async ({ actor, params, reply }) => {
      const photo = await getPhoto(db, actor, params.id, params.aspek);
      return reply
        .type(photo.contentType)
        .header("content-disposition", "inline")
        .header("cache-control", "private, no-store")
        .send(blobs.read(photo.key));
    },
  );
}
