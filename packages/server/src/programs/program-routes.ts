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
import { z } from "zod";
import type { TDatabase } from "../db/database.ts";
import { jsonRoutes } from "../http/json-routes.ts";
import { ZIdParams } from "../http/route-params.ts";
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
  const route = jsonRoutes(app, { tags: ["programs"] });
  const { db } = database;

  route.get("/api/programs", "program.read", { answer: ZProgramList }, ({ actor }) =>
    listPrograms(db, actor),
  );

  route.post(
    "/api/programs",
    "program.rules",
    { body: ZProgramCreate, created: ZProgramView },
    ({ actor, body }) => addProgram(db, actor, body),
  );

  route.get(
    "/api/programs/:code/rules",
    "program.read",
    { params: ZCode, answer: ZRuleHistory },
    ({ actor, params }) => listProgramRules(db, actor, params.code),
  );

  route.post(
    "/api/programs/:code/rules",
    "program.rules",
    { params: ZCode, body: ZProgramRuleCreate, created: ZRuleVersionView },
    ({ actor, params, body }) => addProgramRule(db, actor, params.code, body),
  );

  route.post(
    "/api/programs/pkh/stages",
    "entitlement.compute",
    { body: ZStageRef, answer: ZStageComputeResult },
    ({ actor, body }) => computePkhStage(db, actor, body),
  );

  route.get(
    "/api/programs/pkh/stages/:tahun/:tahap",
    "program.read",
    { params: ZStageRef, answer: ZStageTotals },
    ({ actor, params }) => listStageTotals(db, actor, params),
  );

  route.get(
    "/api/registry/families/:id/entitlement",
    "program.read",
    { params: ZIdParams, query: ZStageQuery, answer: ZFamilyEntitlement },
    ({ actor, params, query: { tahun, tahap } }) =>
      getEntitlement(db, actor, params.id, {
        ...(tahun === undefined ? {} : { tahun }),
        ...(tahap === undefined ? {} : { tahap }),
      }),
  );
}
