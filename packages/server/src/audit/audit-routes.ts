import { ZAuditPage } from "@kawal/core";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { TDb } from "../db/database.ts";
import { jsonRoutes } from "../http/json-routes.ts";
import { listAudit } from "./list-audit.ts";

export function registerAuditRoutes(app: FastifyInstance, db: TDb): void {
  jsonRoutes(app, { tags: ["audit"] }).get(
    "/api/audit",
    "audit.read",
    {
      query: z.strictObject({
        action: z.string().max(60).optional(),
        entityType: z.string().max(60).optional(),
        entityId: z.string().max(100).optional(),
        cursor: z
          .string()
          .regex(/^[0-9.]+:\d+$/)
          .optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
      answer: ZAuditPage,
    },
    ({ actor, query }) => listAudit(db, actor, query),
  );
}
