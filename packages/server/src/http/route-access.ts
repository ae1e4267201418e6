import type { TPermission } from "@kawal/core";
import type { FastifyRequest } from "fastify";
import type { TActor } from "../scope/actor.ts";

/**
 * Who may call a route, declared on the route itself (`config.access`) so the access-matrix test can
 * list every route and fail on one it does not know.
 * - `public`: anyone (health, login, CSRF token, docs);
 * - `session`: any logged-in user;
 * - a permission: a logged-in user whose role has it. Record-level scope is the use case's job.
 */
export type TRouteAccess = "public" | "session" | TPermission;

/**
 * Whether the request reached an API route, decided on the route the router matched (after it decoded
 * the path), never on the raw URL: `/%61pi/users` is `/api/users`, and must meet the same checks.
 */
export const reachesApiRoute = (request: FastifyRequest): boolean =>
  request.routeOptions.url?.startsWith("/api/") ?? false;

declare module "fastify" {
  interface FastifyContextConfig {
    access?: TRouteAccess;
  }
  interface FastifyRequest {
    actor: TActor | null;
    sessionToken: string | null;
  }
}
