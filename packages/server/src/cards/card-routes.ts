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
import type { TDatabase } from "../db/database.ts";
import { jsonRoutes } from "../http/json-routes.ts";
import { ZIdParams } from "../http/route-params.ts";
import type { TBlobStore } from "../storage/blob-store.ts";
import { readStaffDays, updateCardSettings } from "./card-settings.ts";
import { getCard } from "./get-card.ts";
import { listCardFlags } from "./list-card-flags.ts";
import { listCardStaff } from "./list-card-staff.ts";
import { listCards } from "./list-cards.ts";
import { recordCardEvent } from "./record-card-event.ts";
import { registerCard } from "./register-card.ts";

/** KKS cards: lifecycle, custody (who holds each card now) and the custody flags. */
export function registerCardRoutes(app: FastifyInstance, database: TDatabase, _blobs: TBlobStore): void {
  const db = database.db;
  const route = jsonRoutes(app, { tags: ["cards"] });

  route.post("/api/cards", "card.manage", { body: ZCardCreate, created: ZCardDetail }, ({ actor, body }) =>
    registerCard(db, actor, body),
  );

  route.get("/api/cards", "card.read", { query: ZCardListQuery, answer: ZCardPage }, ({ actor, query }) =>
    listCards(db, actor, query),
  );

  route.get("/api/cards/flags", "card.read", { answer: ZCardFlags }, ({ actor }) => listCardFlags(db, actor));

  route.get("/api/cards/settings", "card.read", { answer: ZCardSettingsView }, async () => ({
    batasHariStaf: await readStaffDays(db),
  }));

  route.put(
    "/api/cards/settings",
    "card.manage",
    { body: ZCardSettings, answer: ZCardSettingsView },
    ({ actor, body }) => updateCardSettings(db, actor, body),
  );

  route.get(
    "/api/cards/staff",
    "card.manage",
    { query: ZCardStaffQuery, answer: ZCardStaffList },
    ({ actor, query }) => listCardStaff(db, actor, query),
  );

  route.get("/api/cards/:id", "card.read", { params: ZIdParams, answer: ZCardDetail }, ({ actor, params }) =>
    getCard(db, actor, params.id),
  );

  // A retry answers like the first request (201, the same card); `Idempotent-Replayed` tells them apart.
  route.post(
    "/api/cards/:id/events",
    "card.manage",
    { params: ZIdParams, idempotent: true, body: ZCardEvent, created: ZCardDetail },
    ({ actor, params, idempotencyKey, body }) =>
      recordCardEvent(db, actor, { cardId: params.id, idempotencyKey, event: body }),
  );
}
