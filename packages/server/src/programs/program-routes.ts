import type { FastifyInstance } from "fastify";
import type { TDatabase } from "../db/database.ts";
import type { TBlobStore } from "../storage/blob-store.ts";

/** Programme catalogue, rule versions and PKH entitlements. */
export function registerProgramRoutes(
  _app: FastifyInstance,
  _database: TDatabase,
  _blobs: TBlobStore,
): void {}
