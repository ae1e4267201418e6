import {
  ZEnrolmentCreate,
  ZEnrolmentCreated,
  ZEnrolmentListQuery,
  ZEnrolmentPage,
  ZEnrolmentTransition,
  ZEnrolmentTransitioned,
  ZFamilyEnrolments,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { TDatabase } from "../db/database.ts";
import { jsonRoutes } from "../http/json-routes.ts";
import { ZIdParams } from "../http/route-params.ts";
import { importUploadRoutes } from "../interchange/start-uploaded-import.ts";
import type { TBlobStore } from "../storage/blob-store.ts";
import { enrolFamily } from "./enrol-family.ts";
import { getFamilyEnrolments } from "./enrolment-family-view.ts";
import { importPeserta } from "./import/import-peserta.ts";
import { listEnrolments } from "./list-enrolments.ts";
import { transitionEnrolment } from "./transition-enrolment.ts";

/** Enrolments, their transitions and `peserta` imports. */
export function registerEnrolmentRoutes(app: FastifyInstance, database: TDatabase, blobs: TBlobStore): void {
  const route = jsonRoutes(app, { tags: ["programs"] });
  const db = database.db;
  const importUpload = importUploadRoutes(route, database, blobs);

  route.get(
    "/api/registry/families/:id/enrolments",
    "program.read",
    { params: ZIdParams, answer: ZFamilyEnrolments },
    ({ actor, params }) => getFamilyEnrolments(db, actor, params.id),
  );

  route.post(
    "/api/registry/families/:id/enrolments",
    "enrolment.manage",
    { params: ZIdParams, body: ZEnrolmentCreate, created: ZEnrolmentCreated },
    ({ actor, params, body }) => enrolFamily(db, actor, { familyId: params.id, body }),
  );

  // A retry answers like the first request (201, same transition id); `Idempotent-Replayed` tells them apart.
  route.post(
    "/api/enrolments/:id/transitions",
    "enrolment.manage",
    { params: ZIdParams, idempotent: true, body: ZEnrolmentTransition, created: ZEnrolmentTransitioned },
    ({ actor, params, idempotencyKey, body }) =>
      transitionEnrolment(db, actor, { enrolmentId: params.id, idempotencyKey, body }),
  );

  route.get(
    "/api/enrolments",
    "program.read",
    { query: ZEnrolmentListQuery, answer: ZEnrolmentPage },
    ({ actor, query }) => listEnrolments(db, actor, query),
  );

  // Like the anggota upload: answers at once with its job; the page follows its progress.
  importUpload(
    "/api/programs/imports",
    "enrolment.import",
    { job: "import.peserta", logMessage: "peserta import failed" },
    importPeserta,
  );
}
