import type { FastifyInstance } from "fastify";
import type { TDatabase } from "../../db/database.ts";
import type { TBlobStore } from "../../storage/blob-store.ts";

/** Transactions: imported from bank and e-Warong files, or recorded by an agent at its counter. */
export function registerTransactionRoutes(
  _app: FastifyInstance,
  _database: TDatabase,
  _blobs: TBlobStore,
): void {}
