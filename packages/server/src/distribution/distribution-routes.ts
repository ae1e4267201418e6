import {
  ZAgentIdParams,
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
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDatabase } from "../db/database.ts";
import { requireActor } from "../http/require-actor.ts";
import { routeOptions } from "../http/route-options.ts";
import { startUploadedImport } from "../interchange/start-uploaded-import.ts";
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

const tags = ["distribution"];
const upload = {
  tags,
  consumes: ["multipart/form-data"],
  response: { 202: z.object({ jobId: z.string() }) },
};

/** Periods, payment lists (daftar bayar) with their injection status, and e-Warong agents. */
export function registerDistributionRoutes(
  app: FastifyInstance,
  database: TDatabase,
  blobs: TBlobStore,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  // Every distribution role reads periods (reference data, no personal data in it).
  r.get(
    "/api/distribution/periods",
    routeOptions("schedule.read", { tags, querystring: ZPeriodListQuery, response: { 200: ZPeriodList } }),
    async (request) => listPeriods(db, requireActor(request), request.query),
  );

  r.post(
    "/api/distribution/periods",
    routeOptions("distribution.import", { tags, body: ZPeriodCreate, response: { 201: ZPeriodView } }),
    async (request, reply) =>
      reply.status(201).send(await createPeriod(db, requireActor(request), request.body)),
  );

  // Like the peserta upload: answers at once with its job; the page follows its progress.
  r.post(
    "/api/distribution/payment-lists/import",
    { schema: upload, config: { access: "distribution.import" } },
    async (request, reply) => {
      const job = await startUploadedImport(
        request,
        database,
        blobs,
        { job: "import.daftar_bayar", logMessage: "daftar_bayar import failed" },
        importDaftarBayar,
      );
      return reply.status(202).send(job);
    },
  );

  r.post(
    "/api/distribution/payment-lists/injection",
    routeOptions("distribution.import", {
      tags,
      body: ZInjectionRequest,
      response: { 200: ZInjectionResult },
    }),
    async (request) => markInjection(db, requireActor(request), request.body),
  );

  r.get(
    "/api/distribution/payment-lists/summary",
    routeOptions("distribution.read", {
      tags,
      querystring: ZPaymentSummaryQuery,
      response: { 200: ZPaymentSummary },
    }),
    async (request) => summarizePaymentList(db, requireActor(request), request.query),
  );

  r.get(
    "/api/distribution/payment-lists",
    routeOptions("distribution.read", {
      tags,
      querystring: ZPaymentListQuery,
      response: { 200: ZPaymentListPage },
    }),
    async (request) => listPaymentDesa(db, requireActor(request), request.query),
  );

  r.post(
    "/api/distribution/agents/import",
    { schema: upload, config: { access: "distribution.import" } },
    async (request, reply) => {
      const job = await startUploadedImport(
        request,
        database,
        blobs,
        { job: "import.agen", logMessage: "agen import failed" },
        importAgen,
      );
      return reply.status(202).send(job);
    },
  );

  // An agent's own login sees only its own agent (the scope layer's `inAgentScope`).
  r.get(
    "/api/distribution/agents",
    routeOptions("schedule.read", { tags, querystring: ZAgentListQuery, response: { 200: ZAgentList } }),
    async (request) => listAgents(db, requireActor(request), request.query),
  );

  r.put(
    "/api/distribution/agents/:id/user",
    routeOptions("distribution.import", {
      tags,
      params: ZAgentIdParams,
      body: ZAgentUserLink,
      response: { 200: ZAgentView },
    }),
    async (request) => linkAgentUser(db, requireActor(request), request.params.id, request.body),
  );
}
