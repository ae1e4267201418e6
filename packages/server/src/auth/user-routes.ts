import { ZRole, ZUserCreate, ZUserPage, ZUserUpdate, ZUserView } from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDb } from "../db/database.ts";
import { requireActor } from "../http/require-actor.ts";
import { routeOptions } from "../http/route-options.ts";
import { createUser } from "./create-user.ts";
import { getUser } from "./get-user.ts";
import { listUsers } from "./list-users.ts";
import { updateUser } from "./update-user.ts";

const ZUserId = z.strictObject({ id: z.string().min(1).max(64) });

export function registerUserRoutes(app: FastifyInstance, db: TDb): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/users",
    routeOptions("user.read", {
      tags: ["users"],
      querystring: z.strictObject({
        q: z.string().max(100).optional(),
        role: ZRole.optional(),
        cursor: z.string().max(100).optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
      response: { 200: ZUserPage },
    }),
    async (request) => listUsers(db, requireActor(request), request.query),
  );

  r.get(
    "/api/users/:id",
    routeOptions("user.read", { tags: ["users"], params: ZUserId, response: { 200: ZUserView } }),
    async (request) => getUser(db, requireActor(request), request.params.id),
  );

  r.post(
    "/api/users",
    routeOptions("user.manage", { tags: ["users"], body: ZUserCreate, response: { 201: ZUserView } }),
    async (request, reply) =>
      reply.status(201).send(await createUser(db, requireActor(request), request.body)),
  );

  r.patch(
    "/api/users/:id",
    routeOptions("user.manage", {
      tags: ["users"],
      params: ZUserId,
      body: ZUserUpdate,
      response: { 200: ZUserView },
    }),
    async (request) => updateUser(db, requireActor(request), request.params.id, request.body),
  );
}
