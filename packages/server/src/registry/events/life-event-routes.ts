import { ZLifeEventResult } from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { TDb } from "../../db/database.ts";
import { jsonRoutes } from "../../http/json-routes.ts";
import { ZIdParams } from "../../http/route-params.ts";
import { ZLifeEvent } from "./life-event-schema.ts";
import { recordLifeEvent } from "./record-life-event.ts";

export function registerLifeEventRoutes(app: FastifyInstance, db: TDb): void {
  // A retry answers like the first request (201, same event id); `Idempotent-Replayed` tells them apart.
  jsonRoutes(app, { tags: ["registry"] }).post(
    "/api/registry/families/:id/events",
    "registry.event",
    { params: ZIdParams, idempotent: true, body: ZLifeEvent, created: ZLifeEventResult },
    ({ actor, params, idempotencyKey, body }) =>
      recordLifeEvent(db, actor, { familyId: params.id, idempotencyKey, event: body }),
  );
}
