import type { FastifyInstance } from "fastify";
import type { TDatabase } from "../../db/database.ts";
import type { TBlobStore } from "../../storage/blob-store.ts";

/** The monthly distribution schedule per agent, built by the TKSK and seen by the agent and the desa. */
export function registerScheduleRoutes(
  _app: FastifyInstance,
  _database: TDatabase,
  _blobs: TBlobStore,
): void {}
