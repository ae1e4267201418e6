import {
  ZWilayahCode,
  ZWilayahDetail,
  ZWilayahLevelName,
  ZWilayahList,
  ZWilayahSearchResult,
} from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDb } from "../db/database.ts";
import { routeOptions } from "../http/route-options.ts";
import { getWilayah } from "./get-wilayah.ts";
import { listWilayah } from "./list-wilayah.ts";
import { searchWilayah } from "./search-wilayah.ts";

/** Regions are public administrative data, not personal data: every logged-in role may browse them. */
export function registerWilayahRoutes(app: FastifyInstance, db: TDb): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/wilayah",
    routeOptions("wilayah.read", {
      tags: ["wilayah"],
      querystring: z.strictObject({ parent: ZWilayahCode.optional() }),
      response: { 200: ZWilayahList },
    }),
    async (request) => ({ items: await listWilayah(db, request.query.parent ?? null) }),
  );

  r.get(
    "/api/wilayah/search",
    routeOptions("wilayah.read", {
      tags: ["wilayah"],
      querystring: z.strictObject({
        q: z.string().trim().min(2).max(100),
        level: ZWilayahLevelName.optional(),
        within: ZWilayahCode.optional(),
        limit: z.coerce.number().int().min(1).max(100).default(20),
      }),
      response: { 200: ZWilayahSearchResult },
    }),
    async (request) => ({ items: await searchWilayah(db, request.query) }),
  );

  r.get(
    "/api/wilayah/:code",
    routeOptions("wilayah.read", {
      tags: ["wilayah"],
      params: z.strictObject({ code: ZWilayahCode }),
      response: { 200: ZWilayahDetail },
    }),
    async (request) => getWilayah(db, request.params.code),
  );
}
