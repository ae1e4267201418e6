import type { FastifyInstance } from "fastify";
import type { TDatabase } from "../db/database.ts";
import type { TBlobStore } from "../storage/blob-store.ts";

/** KKS cards: lifecycle, custody (who holds each card now) and the custody flags. */
export function registerCardRoutes(_app: FastifyInstance, _database: TDatabase, _blobs: TBlobStore): void {}
