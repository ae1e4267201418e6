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
import type { TDatabase } from "../../db/database.ts";
import { jsonRoutes } from "../../http/json-routes.ts";
import { sendAttachment } from "../../http/route-answers.ts";
import type { TBlobStore } from "../../storage/blob-store.ts";
import { exportRealisasi } from "./export-realisasi.ts";
import { getRealisasi } from "./get-realisasi.ts";
import { listRealisasiFamilies } from "./list-realisasi-families.ts";
import { reconcilePeriod } from "./reconcile-period.ts";
import { recordReason } from "./record-reason.ts";

/** Reconciliation of a period, the reasons companions record in the field, and the realisasi report. */
export function registerReconcileRoutes(app: FastifyInstance, database: TDatabase, _blobs: TBlobStore): void {
  const db = database.db;
  const route = jsonRoutes(app, { tags: ["distribution"] });

  route.post(
    "/api/distribution/reconcile",
    "distribution.reconcile",
    { body: ZReconcileRequest, answer: ZReconcileResult },
    ({ actor, body }) => reconcilePeriod(database, actor, body),
  );

  route.get(
    "/api/distribution/realisasi",
    "distribution.read",
    { query: ZRealisasiQuery, answer: ZRealisasiReport },
    ({ actor, query }) => getRealisasi(db, actor, query),
  );

  route.get(
    "/api/distribution/realisasi/families",
    "distribution.read",
    { query: ZRealisasiFamiliesQuery, answer: ZRealisasiFamilies },
    ({ actor, query }) => listRealisasiFamilies(db, actor, query),
  );

  route.get(
    "/api/distribution/realisasi/export",
    "distribution.read",
    {
      query: ZRealisasiExportQuery,
      file: [
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/pdf",
      ],
    },
    async ({ actor, query, request, reply }) => {
      const language = pickLanguage(request.headers["accept-language"]);
      return sendAttachment(reply, await exportRealisasi(db, actor, query, language));
    },
  );

  // A retry answers like the first request (201, the same reason); `Idempotent-Replayed` tells them apart.
  route.post(
    "/api/distribution/reasons",
    "distribution.reason",
    { idempotent: true, body: ZFieldReasonCreate, created: ZAlasanBelumRecorded },
    ({ actor, idempotencyKey, body }) => recordReason(db, actor, { idempotencyKey, reason: body }),
  );
}
