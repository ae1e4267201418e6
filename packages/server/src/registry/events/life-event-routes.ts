import { ZLifeEventResult } from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDb } from "../../db/database.ts";
import { requireActor } from "../../http/require-actor.ts";
import { routeOptions } from "../../http/route-options.ts";
import { ZIdempotencyHeaders, ZLifeEvent } from "./life-event-schema.ts";
import { recordLifeEvent } from "./record-life-event.ts";

export function registerLifeEventRoutes(app: FastifyInstance, db: TDb): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // A retry answers like the first request (201, same event id); `Idempotent-Replayed` tells them apart.
  r.post(
    "/api/registry/families/:id/events",
    routeOptions("registry.event", {
      tags: ["registry"],
      params: z.strictObject({ id: z.string().max(64) }),
      headers: ZIdempotencyHeaders,
      body: ZLifeEvent,
      response: { 201: ZLifeEventResult },
    }),
    async (request, reply) => {
      const { replayed, ...result } = await recordLifeEvent(db, requireActor(request), {
        familyId: request.params.id,
        idempotencyKey: request.headers["idempotency-key"],
        event: request.body,
      });
      return reply.status(201).header("idempotent-replayed", String(replayed)).send(result);
    },
  );
}
