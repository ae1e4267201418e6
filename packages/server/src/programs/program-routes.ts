import {
  ZFamilyEntitlement,
  ZProgramCreate,
  ZProgramList,
  ZProgramRuleCreate,
  ZProgramView,
  ZRuleHistory,
  ZRuleVersionView,
  ZStageComputeResult,
  ZStageQuery,
  ZStageRef,
  ZStageTotals,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDatabase } from "../db/database.ts";
import { requireActor } from "../http/require-actor.ts";
import { routeOptions } from "../http/route-options.ts";
import type { TBlobStore } from "../storage/blob-store.ts";
import { addProgram } from "./add-program.ts";
import { addProgramRule } from "./add-program-rule.ts";
import { computePkhStage } from "./compute-pkh-stage.ts";
import { getEntitlement } from "./get-entitlement.ts";
import { listProgramRules } from "./list-program-rules.ts";
import { listPrograms } from "./list-programs.ts";
import { listStageTotals } from "./list-stage-totals.ts";

const ZCode = z.strictObject({ code: z.string().max(30) });

/** Programme catalogue, rule versions and PKH entitlements. */
export function registerProgramRoutes(app: FastifyInstance, database: TDatabase, _blobs: TBlobStore): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  r.get(
    "/api/programs",
    routeOptions("program.read", { tags: ["programs"], response: { 200: ZProgramList } }),
    async (request) => listPrograms(db, requireActor(request)),
  );

  r.post(
    "/api/programs",
    routeOptions("program.rules", {
      tags: ["programs"],
      body: ZProgramCreate,
      response: { 201: ZProgramView },
    }),
    async (request, reply) =>
      reply.status(201).send(await addProgram(db, requireActor(request), request.body)),
  );

  r.get(
    "/api/programs/:code/rules",
    routeOptions("program.read", { tags: ["programs"], params: ZCode, response: { 200: ZRuleHistory } }),
    async (request) => listProgramRules(db, requireActor(request), request.params.code),
  );

  r.post(
    "/api/programs/:code/rules",
    routeOptions("program.rules", {
      tags: ["programs"],
      params: ZCode,
      body: ZProgramRuleCreate,
      response: { 201: ZRuleVersionView },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(await addProgramRule(db, requireActor(request), request.params.code, request.body)),
  );

  r.post(
    "/api/programs/pkh/stages",
    routeOptions("entitlement.compute", {
      tags: ["programs"],
      body: ZStageRef,
      response: { 200: ZStageComputeResult },
    }),
    async (request) => computePkhStage(db, requireActor(request), request.body),
  );

  r.get(
    "/api/programs/pkh/stages/:tahun/:tahap",
    routeOptions("program.read", { tags: ["programs"], params: ZStageRef, response: { 200: ZStageTotals } }),
    async (request) => listStageTotals(db, requireActor(request), request.params),
  );

  r.get(
    "/api/registry/families/:id/entitlement",
    routeOptions("program.read", {
      tags: ["programs"],
      params: z.strictObject({ id: z.string().max(64) }),
      querystring: ZStageQuery,
      response: { 200: ZFamilyEntitlement },
    }),
    async (request) => {
      const { tahun, tahap } = request.query;
      return getEntitlement(db, requireActor(request), request.params.id, {
        ...(tahun === undefined ? {} : { tahun }),
        ...(tahap === undefined ? {} : { tahap }),
      });
    },
  );
}
