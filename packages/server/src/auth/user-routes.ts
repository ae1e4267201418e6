import { ZRole, ZUserCreate, ZUserPage, ZUserUpdate, ZUserView } from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TDb } from "../db/database.ts";
import { requireActor } from "../http/require-actor.ts";
import { createUser } from "./create-user.ts";
import { getUser } from "./get-user.ts";
import { listUsers } from "./list-users.ts";
import { updateUser } from "./update-user.ts";

const ZUserId = z.strictObject({ id: z.string().min(1).max(64) });

export function registerUserRoutes(app: FastifyInstance, db: TDb): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/users",
    {
      schema: {
        tags: ["users"],
        querystring: z.strictObject({
          q: z.string().max(100).optional(),
          role: ZRole.optional(),
          cursor: z.string().max(100).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: ZUserPage },
      },
      config: { access: "user.read" },
    },
    async (request) => listUsers(db, requireActor(request), request.query),
  );

  r.get(
    "/api/users/:id",
    {
      schema: { tags: ["users"], params: ZUserId, response: { 200: ZUserView } },
      config: { access: "user.read" },
    },
    async (request) => getUser(db, requireActor(request), request.params.id),
  );

  r.post(
    "/api/users",
    {
      schema: { tags: ["users"], body: ZUserCreate, response: { 201: ZUserView } },
      config: { access: "user.manage" },
    },
    async (request, reply) =>
      reply.status(201).send(await createUser(db, requireActor(request), request.body)),
  );

  r.patch(
    "/api/users/:id",
    {
      schema: { tags: ["users"], params: ZUserId, body: ZUserUpdate, response: { 200: ZUserView } },
      config: { access: "user.manage" },
    },
    async (request) => updateUser(db, requireActor(request), request.params.id, request.body),
  );
}
