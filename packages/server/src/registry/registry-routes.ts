import { ZFamily, ZMemberHits } from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { TDatabase } from "../db/database.ts";
import { jsonRoutes } from "../http/json-routes.ts";
import { ZIdParams } from "../http/route-params.ts";
import { importUploadRoutes } from "../interchange/start-uploaded-import.ts";
import type { TBlobStore } from "../storage/blob-store.ts";
import { registerLifeEventRoutes } from "./events/life-event-routes.ts";
import { getFamily } from "./get-family.ts";
import { importAnggota } from "./import/import-anggota.ts";
import { searchRegistry, ZRegistrySearch } from "./search-registry.ts";

export function registerRegistryRoutes(app: FastifyInstance, database: TDatabase, blobs: TBlobStore): void {
  const route = jsonRoutes(app, { tags: ["registry"] });
  const db = database.db;
  const importUpload = importUploadRoutes(route, database, blobs);

  route.post(
    "/api/registry/search",
    "registry.read",
    { body: ZRegistrySearch, answer: ZMemberHits },
    async ({ actor, body }) => ({ items: await searchRegistry(db, actor, body) }),
  );

  route.get(
    "/api/registry/families/:id",
    "registry.read",
    { params: ZIdParams, answer: ZFamily },
    ({ actor, params }) => getFamily(db, actor, params.id),
  );

  registerLifeEventRoutes(app, db);

  // An upload answers at once with its job; the import runs on and the page follows its progress.
  importUpload(
    "/api/registry/imports",
    "registry.import",
    { job: "import.anggota", logMessage: "import failed" },
    importAnggota,
  );
}
