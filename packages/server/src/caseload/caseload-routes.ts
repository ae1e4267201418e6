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
import { z } from "zod";
import type { TDatabase } from "../db/database.ts";
import { jsonRoutes } from "../http/json-routes.ts";
import { ZIdParams } from "../http/route-params.ts";
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
  const route = jsonRoutes(app, { tags: ["caseload"] });

  route.get(
    "/api/caseload/companions",
    "caseload.read",
    { query: ZCompanionQuery, answer: ZCompanionList },
    ({ actor, query }) => listCompanions(db, actor, query),
  );

  route.get(
    "/api/caseload/companions/:userId",
    "caseload.read",
    {
      params: z.strictObject({ userId: z.string().max(64) }),
      query: ZCaseloadPageQuery,
      answer: ZCompanionCaseload,
    },
    ({ actor, params, query }) => getCompanionCaseload(db, actor, params.userId, query),
  );

  route.get(
    "/api/caseload/me",
    "caseload.read",
    { query: ZCaseloadPageQuery, answer: ZCompanionCaseload },
    ({ actor, query }) => getCompanionCaseload(db, actor, actor.userId, query),
  );

  route.post(
    "/api/caseload/desa",
    "caseload.manage",
    { body: ZDesaAssignmentCreate, created: ZDesaAssigned },
    ({ actor, body }) => assignDesa(db, actor, body),
  );

  route.patch(
    "/api/caseload/desa/:id",
    "caseload.manage",
    { params: ZIdParams, body: ZDesaAssignmentEnd, answer: ZDesaAssignmentEnded },
    ({ actor, params, body }) => endDesaAssignment(db, actor, params.id, body),
  );

  route.post(
    "/api/caseload/families",
    "caseload.manage",
    { body: ZFamilyAssignmentCreate, created: ZFamiliesAssigned },
    ({ actor, body }) => assignFamilies(db, actor, body),
  );

  route.get("/api/caseload/norms", "caseload.read", { answer: ZCaseloadNorms }, ({ actor }) =>
    getCaseloadNorms(db, actor),
  );

  route.put(
    "/api/caseload/norms",
    "caseload.manage",
    { body: ZCaseloadNormsUpdate, answer: ZCaseloadNorms },
    ({ actor, body }) => setCaseloadNorms(db, actor, body),
  );

  route.get("/api/caseload/map", "caseload.read", { answer: ZMapDesaList }, ({ actor }) =>
    listCaseloadMap(db, actor),
  );

  // The tile server is the installation's choice (KAWAL_MAP_TILES); none by default, so the map needs no internet.
  route.get("/api/caseload/map/tiles", "caseload.read", { answer: ZMapTiles }, async () => ({
    url: settings.mapTiles === "" ? null : settings.mapTiles,
  }));

  registerHandoverRoutes(app, db);
}
