import type { FastifyInstance } from "fastify";
import type { TDatabase } from "../db/database.ts";
import type { TBlobStore } from "../storage/blob-store.ts";

/** Periods, payment lists (daftar bayar) with their injection status, and e-Warong agents. */
export function registerDistributionRoutes(
  _app: FastifyInstance,
  _database: TDatabase,
  _blobs: TBlobStore,
): void {}
