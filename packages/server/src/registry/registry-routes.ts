import { ZFamily, ZJobStarted, ZMemberHits } from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDatabase } from "../db/database.ts";
import { requireActor } from "../http/require-actor.ts";
import { routeOptions } from "../http/route-options.ts";
import { startUploadedImport } from "../interchange/start-uploaded-import.ts";
import type { TBlobStore } from "../storage/blob-store.ts";
import { registerLifeEventRoutes } from "./events/life-event-routes.ts";
import { getFamily } from "./get-family.ts";
import { importAnggota } from "./import/import-anggota.ts";
import { searchRegistry, ZRegistrySearch } from "./search-registry.ts";

export function registerRegistryRoutes(app: FastifyInstance, database: TDatabase, blobs: TBlobStore): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  r.post(
    "/api/registry/search",
    routeOptions("registry.read", {
      tags: ["registry"],
      body: ZRegistrySearch,
      response: { 200: ZMemberHits },
    }),
    async (request) => ({ items: await searchRegistry(db, requireActor(request), request.body) }),
  );

  r.get(
    "/api/registry/families/:id",
    routeOptions("registry.read", {
      tags: ["registry"],
      params: z.strictObject({ id: z.string().max(64) }),
      response: { 200: ZFamily },
    }),
    async (request) => getFamily(db, requireActor(request), request.params.id),
  );

  registerLifeEventRoutes(app, db);

  // An upload answers at once with its job; the import runs on and the page follows its progress.
  r.post(
    "/api/registry/imports",
    routeOptions("registry.import", {
      tags: ["registry"],
      consumes: ["multipart/form-data"],
      response: { 202: ZJobStarted },
    }),
    async (request, reply) => {
      const job = await startUploadedImport(
        request,
        database,
        blobs,
        { job: "import.anggota", logMessage: "import failed" },
        importAnggota,
      );
      return reply.status(202).send(job);
    },
  );
}
