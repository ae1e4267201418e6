import {
  ZAgentList,
  ZAgentListQuery,
  ZAgentUserLink,
  ZAgentView,
  ZInjectionRequest,
  ZInjectionResult,
  ZPaymentListPage,
  ZPaymentListQuery,
  ZPaymentSummary,
  ZPaymentSummaryQuery,
  ZPeriodCreate,
  ZPeriodList,
  ZPeriodListQuery,
  ZPeriodView,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { TDatabase } from "../db/database.ts";
import { jsonRoutes } from "../http/json-routes.ts";
import { ZIdParams } from "../http/route-params.ts";
import { importUploadRoutes } from "../interchange/start-uploaded-import.ts";
import type { TBlobStore } from "../storage/blob-store.ts";
import { importAgen } from "./agents/import-agen.ts";
import { linkAgentUser } from "./agents/link-agent-user.ts";
import { listAgents } from "./agents/list-agents.ts";
import { importDaftarBayar } from "./payment-list/import-daftar-bayar.ts";
import { listPaymentDesa } from "./payment-list/list-payment-desa.ts";
import { markInjection } from "./payment-list/mark-injection.ts";
import { summarizePaymentList } from "./payment-list/payment-summary.ts";
import { createPeriod } from "./periods/create-period.ts";
import { listPeriods } from "./periods/list-periods.ts";

/** Periods, payment lists (daftar bayar) with their injection status, and e-Warong agents. */
export function registerDistributionRoutes(
  app: FastifyInstance,
  database: TDatabase,
  blobs: TBlobStore,
): void {
  const route = jsonRoutes(app, { tags: ["distribution"] });
  const db = database.db;
  const importUpload = importUploadRoutes(route, database, blobs);

  // Every distribution role reads periods (reference data, no personal data in it).
  route.get(
    "/api/distribution/periods",
    "schedule.read",
    { query: ZPeriodListQuery, answer: ZPeriodList },
    ({ actor, query }) => listPeriods(db, actor, query),
  );

  route.post(
    "/api/distribution/periods",
    "distribution.import",
    { body: ZPeriodCreate, created: ZPeriodView },
    ({ actor, body }) => createPeriod(db, actor, body),
  );

  // Like the peserta upload: answers at once with its job; the page follows its progress.
  importUpload(
    "/api/distribution/payment-lists/import",
    "distribution.import",
    { job: "import.daftar_bayar", logMessage: "daftar_bayar import failed" },
    importDaftarBayar,
  );

  route.post(
    "/api/distribution/payment-lists/injection",
    "distribution.import",
    { body: ZInjectionRequest, answer: ZInjectionResult },
    ({ actor, body }) => markInjection(db, actor, body),
  );

  route.get(
    "/api/distribution/payment-lists/summary",
    "distribution.read",
    { query: ZPaymentSummaryQuery, answer: ZPaymentSummary },
    ({ actor, query }) => summarizePaymentList(db, actor, query),
  );

  route.get(
    "/api/distribution/payment-lists",
    "distribution.read",
    { query: ZPaymentListQuery, answer: ZPaymentListPage },
    ({ actor, query }) => listPaymentDesa(db, actor, query),
  );

  importUpload(
    "/api/distribution/agents/import",
    "distribution.import",
    { job: "import.agen", logMessage: "agen import failed" },
    importAgen,
  );

  // An agent's own login sees only its own agent (the scope layer's `inAgentScope`).
  route.get(
    "/api/distribution/agents",
    "schedule.read",
    { query: ZAgentListQuery, answer: ZAgentList },
    ({ actor, query }) => listAgents(db, actor, query),
  );

  route.put(
    "/api/distribution/agents/:id/user",
    "distribution.import",
    { params: ZIdParams, body: ZAgentUserLink, answer: ZAgentView },
    ({ actor, params, body }) => linkAgentUser(db, actor, params.id, body),
  );
}
