import { AppError, AppErrorCode } from "@kawal/core";
import type { FastifyInstance } from "fastify";
import { resolveSession } from "../auth/resolve-session.ts";
import { SESSION_COOKIE } from "../auth/session-token.ts";
import type { TConfig } from "../config.ts";
import type { TDb } from "../db/database.ts";
import { reachesApiRoute } from "./route-access.ts";

/** Resolves the session cookie to an actor, then enforces the route's declared access. */
export function registerSessionHook(app: FastifyInstance, db: TDb, config: TConfig): void {
  app.decorateRequest("actor", null);
  app.decorateRequest("sessionToken", null);
  // onRequest, before the body is parsed or validated: a caller without the right to a route learns
  // nothing about what the route expects (401/403, never a list of fields).
  app.addHook("onRequest", async (request) => {
    // Static files of the web app and unknown paths (answered 404) need no session lookup.
    if (!reachesApiRoute(request)) return;
    const access = request.routeOptions.config.access;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.sessionToken = token;
      const session = await resolveSession(db, token, { idleMinutes: config.sessionIdleMinutes });
      request.actor = session?.actor ?? null;
    }
    if (access === undefined || access === "public") return;
    if (!request.actor) throw new AppError(AppErrorCode.UNAUTHENTICATED);
    if (access !== "session" && !request.actor.permissions.includes(access)) {
      throw new AppError(AppErrorCode.FORBIDDEN, `role ${request.actor.role} lacks ${access}`);
    }
  });
}
