import {
  ZCaseloadNorms,
  ZCaseloadNormsUpdate,
  ZCompanionCaseload,
  ZCompanionList,
  ZDesaAssigned,
  ZDesaAssignmentCreate,
  ZDesaAssignmentEnd,
  ZDesaAssignmentEnded,
  ZFamiliesAssigned,
  ZFamilyAssignmentCreate,
  ZMapDesaList,
  ZMapTiles,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDatabase } from "../db/database.ts";
import { requireActor } from "../http/require-actor.ts";
import { routeOptions } from "../http/route-options.ts";
import type { TBlobStore } from "../storage/blob-store.ts";
import { assignDesa } from "./assign-desa.ts";
import { assignFamilies } from "./assign-families.ts";
import { endDesaAssignment } from "./end-desa-assignment.ts";
import { getCaseloadNorms } from "./get-caseload-norms.ts";
import { getCompanionCaseload, ZCaseloadPageQuery } from "./get-companion-caseload.ts";
import { registerHandoverRoutes } from "./handover-routes.ts";
import { listCaseloadMap } from "./list-caseload-map.ts";
import { listCompanions, ZCompanionQuery } from "./list-companions.ts";
import { setCaseloadNorms } from "./set-caseload-norms.ts";

const tags = ["caseload"];

export interface TCaseloadSettings {
  /** Tile URL template for the web map (`{z}/{x}/{y}`); empty draws the desa on a plain background. */
  mapTiles: string;
}

/** Companions' assignments, caseloads and handovers. */
export function registerCaseloadRoutes(
  app: FastifyInstance,
  database: TDatabase,
  _blobs: TBlobStore,
  settings: TCaseloadSettings = { mapTiles: "" },
): void {
  const db = database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/caseload/companions",
    routeOptions("caseload.read", { tags, querystring: ZCompanionQuery, response: { 200: ZCompanionList } }),
    async (request) => listCompanions(db, requireActor(request), request.query),
  );

  r.get(
    "/api/caseload/companions/:userId",
    routeOptions("caseload.read", {
      tags,
      params: z.strictObject({ userId: z.string().max(64) }),
      querystring: ZCaseloadPageQuery,
      response: { 200: ZCompanionCaseload },
    }),
    async (request) => getCompanionCaseload(db, requireActor(request), request.params.userId, request.query),
  );

  r.get(
    "/api/caseload/me",
    routeOptions("caseload.read", {
      tags,
      querystring: ZCaseloadPageQuery,
      response: { 200: ZCompanionCaseload },
    }),
    async (request) => {
      const actor = requireActor(request);
      return getCompanionCaseload(db, actor, actor.userId, request.query);
    },
  );

  r.post(
    "/api/caseload/desa",
    routeOptions("caseload.manage", { tags, body: ZDesaAssignmentCreate, response: { 201: ZDesaAssigned } }),
    async (request, reply) =>
      reply.status(201).send(await assignDesa(db, requireActor(request), request.body)),
  );

  r.patch(
    "/api/caseload/desa/:id",
    routeOptions("caseload.manage", {
      tags,
      params: z.strictObject({ id: z.string().max(64) }),
      body: ZDesaAssignmentEnd,
      response: { 200: ZDesaAssignmentEnded },
    }),
    async (request) => endDesaAssignment(db, requireActor(request), request.params.id, request.body),
  );

  r.post(
    "/api/caseload/families",
    routeOptions("caseload.manage", {
      tags,
      body: ZFamilyAssignmentCreate,
      response: { 201: ZFamiliesAssigned },
    }),
    async (request, reply) =>
      reply.status(201).send(await assignFamilies(db, requireActor(request), request.body)),
  );

  r.get(
    "/api/caseload/norms",
    routeOptions("caseload.read", { tags, response: { 200: ZCaseloadNorms } }),
    async (request) => getCaseloadNorms(db, requireActor(request)),
  );

  r.put(
    "/api/caseload/norms",
    routeOptions("caseload.manage", { tags, body: ZCaseloadNormsUpdate, response: { 200: ZCaseloadNorms } }),
    async (request) => setCaseloadNorms(db, requireActor(request), request.body),
  );

  r.get(
    "/api/caseload/map",
    routeOptions("caseload.read", { tags, response: { 200: ZMapDesaList } }),
    async (request) => listCaseloadMap(db, requireActor(request)),
  );

  // The tile server is the installation's choice (KAWAL_MAP_TILES); none by default, so the map needs no internet.
  r.get(
    "/api/caseload/map/tiles",
    routeOptions("caseload.read", { tags, response: { 200: ZMapTiles } }),
    async () => ({ url: settings.mapTiles === "" ? null : settings.mapTiles }),
  );

  registerHandoverRoutes(app, db);
}
