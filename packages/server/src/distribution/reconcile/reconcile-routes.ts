import type { FastifyInstance } from "fastify";
import type { TDatabase } from "../../db/database.ts";
import type { TBlobStore } from "../../storage/blob-store.ts";

/** Reconciliation of a period, the reasons companions record in the field, and the realisasi report. */
export function registerReconcileRoutes(
  _app: FastifyInstance,
  _database: TDatabase,
  _blobs: TBlobStore,
): void {}
