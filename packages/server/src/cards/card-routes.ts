import {
  ZCardCreate,
  ZCardDetail,
  ZCardEvent,
  ZCardFlags,
  ZCardListQuery,
  ZCardPage,
  ZCardSettings,
  ZCardSettingsView,
  ZCardStaffList,
  ZCardStaffQuery,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDatabase } from "../db/database.ts";
import { requireActor } from "../http/require-actor.ts";
import { routeOptions } from "../http/route-options.ts";
import { ZIdempotencyHeaders } from "../registry/events/life-event-schema.ts";
import type { TBlobStore } from "../storage/blob-store.ts";
import { readStaffDays, updateCardSettings } from "./card-settings.ts";
import { getCard } from "./get-card.ts";
import { listCardFlags } from "./list-card-flags.ts";
import { listCardStaff } from "./list-card-staff.ts";
import { listCards } from "./list-cards.ts";
import { recordCardEvent } from "./record-card-event.ts";
import { registerCard } from "./register-card.ts";

const tags = ["cards"];
const params = z.strictObject({ id: z.string().max(64) });

/** KKS cards: lifecycle, custody (who holds each card now) and the custody flags. */
export function registerCardRoutes(app: FastifyInstance, database: TDatabase, _blobs: TBlobStore): void {
  const db = database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/cards",
    routeOptions("card.manage", { tags, body: ZCardCreate, response: { 201: ZCardDetail } }),
    async (request, reply) =>
      reply.status(201).send(await registerCard(db, requireActor(request), request.body)),
  );

  r.get(
    "/api/cards",
    routeOptions("card.read", { tags, querystring: ZCardListQuery, response: { 200: ZCardPage } }),
    async (request) => listCards(db, requireActor(request), request.query),
  );

  r.get(
    "/api/cards/flags",
    routeOptions("card.read", { tags, response: { 200: ZCardFlags } }),
    async (request) => listCardFlags(db, requireActor(request)),
  );

  r.get(
    "/api/cards/settings",
    routeOptions("card.read", { tags, response: { 200: ZCardSettingsView } }),
    async () => ({ batasHariStaf: await readStaffDays(db) }),
  );

  r.put(
    "/api/cards/settings",
    routeOptions("card.manage", { tags, body: ZCardSettings, response: { 200: ZCardSettingsView } }),
    async (request) => updateCardSettings(db, requireActor(request), request.body),
  );

  r.get(
    "/api/cards/staff",
    routeOptions("card.manage", { tags, querystring: ZCardStaffQuery, response: { 200: ZCardStaffList } }),
    async (request) => listCardStaff(db, requireActor(request), request.query),
  );

  r.get(
    "/api/cards/:id",
    routeOptions("card.read", { tags, params, response: { 200: ZCardDetail } }),
    async (request) => getCard(db, requireActor(request), request.params.id),
  );

  // A retry answers like the first request (201, the same card); `Idempotent-Replayed` tells them apart.
  r.post(
    "/api/cards/:id/events",
    routeOptions("card.manage", {
      tags,
      params,
      headers: ZIdempotencyHeaders,
      body: ZCardEvent,
      response: { 201: ZCardDetail },
    }),
    async (request, reply) => {
      const { replayed, ...card } = await recordCardEvent(db, requireActor(request), {
        cardId: request.params.id,
        idempotencyKey: request.headers["idempotency-key"],
        event: request.body,
      });
      return reply.status(201).header("idempotent-replayed", String(replayed)).send(card);
    },
  );
}
