import type { FastifyInstance } from "fastify";
import type { TDatabase } from "../db/database.ts";
import type { TBlobStore } from "../storage/blob-store.ts";

/** 6T monitoring: checklists per agent per period, findings, photos, follow-ups, the kecamatan summary. */
export function registerMonitoringRoutes(
  _app: FastifyInstance,
  _database: TDatabase,
  _blobs: TBlobStore,
): void {}
