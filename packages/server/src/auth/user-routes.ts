import { ZRole, ZUserCreate, ZUserPage, ZUserUpdate, ZUserView } from "@kawal/core";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { TDb } from "../db/database.ts";
import { jsonRoutes } from "../http/json-routes.ts";
import { createUser } from "./create-user.ts";
import { getUser } from "./get-user.ts";
import { listUsers } from "./list-users.ts";
import { updateUser } from "./update-user.ts";

const ZUserId = z.strictObject({ id: z.string().min(1).max(64) });

export function registerUserRoutes(app: FastifyInstance, db: TDb): void {
  const route = jsonRoutes(app, { tags: ["users"] });

  route.get(
    "/api/users",
    "user.read",
    {
      query: z.strictObject({
        q: z.string().max(100).optional(),
        role: ZRole.optional(),
        cursor: z.string().max(100).optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
      answer: ZUserPage,
    },
    ({ actor, query }) => listUsers(db, actor, query),
  );

  route.get("/api/users/:id", "user.read", { params: ZUserId, answer: ZUserView }, ({ actor, params }) =>
    getUser(db, actor, params.id),
  );

  route.post("/api/users", "user.manage", { body: ZUserCreate, created: ZUserView }, ({ actor, body }) =>
    createUser(db, actor, body),
  );

  route.patch(
    "/api/users/:id",
    "user.manage",
    { params: ZUserId, body: ZUserUpdate, answer: ZUserView },
    ({ actor, params, body }) => updateUser(db, actor, params.id, body),
  );
}
