import type { FastifyInstance } from "fastify";
import type { TDatabase } from "../db/database.ts";
import type { TBlobStore } from "../storage/blob-store.ts";

/** Enrolments, their transitions and `peserta` imports. */
export function registerEnrolmentRoutes(
  _app: FastifyInstance,
  _database: TDatabase,
  _blobs: TBlobStore,
): void {}
