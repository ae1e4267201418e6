import {
  ZHandoverCreate,
  ZHandoverCreated,
  ZHandoverDetail,
  ZHandoverInformed,
  ZHandoverList,
  ZInformedResult,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDb } from "../db/database.ts";
import { requireActor } from "../http/require-actor.ts";
import { fileAnswer } from "../http/route-answers.ts";
import { routeOptions } from "../http/route-options.ts";
import { ZIdempotencyHeaders } from "../registry/events/life-event-schema.ts";
import { createHandover } from "./create-handover.ts";
import { getHandover } from "./get-handover.ts";
import { listHandovers } from "./list-handovers.ts";
import { markFamilyInformed } from "./mark-family-informed.ts";
import { writeHandoverLetters } from "./write-handover-letters.ts";

const tags = ["caseload"];
const params = z.strictObject({ id: z.string().max(64) });

/** Handovers: a departing companion's caseload moved to a successor, and the families told of it. */
export function registerHandoverRoutes(app: FastifyInstance, db: TDb): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/caseload/handovers",
    routeOptions("caseload.read", { tags, response: { 200: ZHandoverList } }),
    async (request) => listHandovers(db, requireActor(request)),
  );

  r.post(
    "/api/caseload/handovers",
    routeOptions("caseload.manage", { tags, body: ZHandoverCreate, response: { 201: ZHandoverCreated } }),
    async (request, reply) =>
      reply.status(201).send(await createHandover(db, requireActor(request), request.body)),
  );

  r.get(
    "/api/caseload/handovers/:id",
    routeOptions("caseload.read", { tags, params, response: { 200: ZHandoverDetail } }),
    async (request) => getHandover(db, requireActor(request), request.params.id),
  );

  r.get(
    "/api/caseload/handovers/:id/letters.pdf",
    routeOptions("caseload.read", { tags, params, ...fileAnswer("application/pdf") }),
    async (request, reply) => {
      const letters = await writeHandoverLetters(db, requireActor(request), request.params.id);
      return reply
        .type("application/pdf")
        .header("content-disposition", `inline; filename="${letters.fileName}"`)
        .header("cache-control", "no-store")
        .send(letters.stream);
    },
  );

  // Marking twice is harmless: the first marking stands and a retry answers with it (Idempotent-Replayed).
  r.post(
    "/api/caseload/handovers/:id/families/:familyId/informed",
    routeOptions("handover.inform", {
      tags,
      params: z.strictObject({ id: z.string().max(64), familyId: z.string().max(64) }),
      headers: ZIdempotencyHeaders,
      body: ZHandoverInformed,
      response: { 200: ZInformedResult },
    }),
    async (request, reply) => {
      const { replayed, ...result } = await markFamilyInformed(db, requireActor(request), {
        handoverId: request.params.id,
        familyId: request.params.familyId,
        idempotencyKey: request.headers["idempotency-key"],
        body: request.body,
      });
      return reply.header("idempotent-replayed", String(replayed)).send(result);
    },
  );
}
