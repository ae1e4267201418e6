import type { FastifyInstance } from "fastify";
import type { TDatabase } from "../db/database.ts";
import type { TBlobStore } from "../storage/blob-store.ts";

/** Companions' assignments, caseloads and handovers. */
export function registerCaseloadRoutes(
  _app: FastifyInstance,
  _database: TDatabase,
  _blobs: TBlobStore,
): void {}
