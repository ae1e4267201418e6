import { ZAuditPage } from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDb } from "../db/database.ts";
import { requireActor } from "../http/require-actor.ts";
import { routeOptions } from "../http/route-options.ts";
import { listAudit } from "./list-audit.ts";

export function registerAuditRoutes(app: FastifyInstance, db: TDb): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/audit",
    routeOptions("audit.read", {
      tags: ["audit"],
      querystring: z.strictObject({
        action: z.string().max(60).optional(),
        entityType: z.string().max(60).optional(),
        entityId: z.string().max(100).optional(),
        cursor: z
          .string()
          .regex(/^[0-9.]+:\d+$/)
          .optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
      response: { 200: ZAuditPage },
    }),
    async (request) => listAudit(db, requireActor(request), request.query),
  );
}
