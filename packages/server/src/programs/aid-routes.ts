import type { FastifyInstance } from "fastify";
import type { TDatabase } from "../db/database.ts";
import type { TBlobStore } from "../storage/blob-store.ts";

/** Non-government aid and the overlap view. */
export function registerAidRoutes(_app: FastifyInstance, _database: TDatabase, _blobs: TBlobStore): void {}
