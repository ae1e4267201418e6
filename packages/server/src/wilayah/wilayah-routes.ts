import {
  ZWilayahCode,
  ZWilayahDetail,
  ZWilayahLevelName,
  ZWilayahList,
  ZWilayahSearchResult,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { TDb } from "../db/database.ts";
import { jsonRoutes } from "../http/json-routes.ts";
import { getWilayah } from "./get-wilayah.ts";
import { listWilayah } from "./list-wilayah.ts";
import { searchWilayah } from "./search-wilayah.ts";

/** Regions are public administrative data, not personal data: every logged-in role may browse them. */
export function registerWilayahRoutes(app: FastifyInstance, db: TDb): void {
  const route = jsonRoutes(app, { tags: ["wilayah"] });

  route.get(
    "/api/wilayah",
    "wilayah.read",
    { query: z.strictObject({ parent: ZWilayahCode.optional() }), answer: ZWilayahList },
    async ({ query }) => ({ items: await listWilayah(db, query.parent ?? null) }),
  );

  route.get(
    "/api/wilayah/search",
    "wilayah.read",
    {
      query: z.strictObject({
        q: z.string().trim().min(2).max(100),
        level: ZWilayahLevelName.optional(),
        within: ZWilayahCode.optional(),
        limit: z.coerce.number().int().min(1).max(100).default(20),
      }),
      answer: ZWilayahSearchResult,
    },
    async ({ query }) => ({ items: await searchWilayah(db, query) }),
  );

  route.get(
    "/api/wilayah/:code",
    "wilayah.read",
    { params: z.strictObject({ code: ZWilayahCode }), answer: ZWilayahDetail },
    ({ params }) => getWilayah(db, params.code),
  );
}
