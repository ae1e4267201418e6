import {
  ZHandoverCreate,
  ZHandoverCreated,
  ZHandoverDetail,
  ZHandoverInformed,
  ZHandoverList,
  ZInformedResult,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { TDb } from "../db/database.ts";
import { jsonRoutes } from "../http/json-routes.ts";
import { sendPdf } from "../http/route-answers.ts";
import { ZIdParams } from "../http/route-params.ts";
import { createHandover } from "./create-handover.ts";
import { getHandover } from "./get-handover.ts";
import { listHandovers } from "./list-handovers.ts";
import { markFamilyInformed } from "./mark-family-informed.ts";
import { writeHandoverLetters } from "./write-handover-letters.ts";

/** Handovers: a departing companion's caseload moved to a successor, and the families told of it. */
export function registerHandoverRoutes(app: FastifyInstance, db: TDb): void {
  const route = jsonRoutes(app, { tags: ["caseload"] });

  route.get("/api/caseload/handovers", "caseload.read", { answer: ZHandoverList }, ({ actor }) =>
    listHandovers(db, actor),
  );

  route.post(
    "/api/caseload/handovers",
    "caseload.manage",
    { body: ZHandoverCreate, created: ZHandoverCreated },
    ({ actor, body }) => createHandover(db, actor, body),
  );

  route.get(
    "/api/caseload/handovers/:id",
    "caseload.read",
    { params: ZIdParams, answer: ZHandoverDetail },
    ({ actor, params }) => getHandover(db, actor, params.id),
  );

  route.get(
    "/api/caseload/handovers/:id/letters.pdf",
    "caseload.read",
    { params: ZIdParams, file: ["application/pdf"] },
    async ({ actor, params, reply }) => sendPdf(reply, await writeHandoverLetters(db, actor, params.id)),
  );

  // Marking twice is harmless: the first marking stands and a retry answers with it (Idempotent-Replayed).
  route.post(
    "/api/caseload/handovers/:id/families/:familyId/informed",
    "handover.inform",
    {
      params: ZIdParams.extend({ familyId: z.string().max(64) }),
      idempotent: true,
      body: ZHandoverInformed,
      answer: ZInformedResult,
    },
    ({ actor, params, idempotencyKey, body }) =>
      markFamilyInformed(db, actor, {
        handoverId: params.id,
        familyId: params.familyId,
        idempotencyKey,
        body,
      }),
  );
}
