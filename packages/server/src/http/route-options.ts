import type { FastifySchema } from "fastify";
import type { TRouteAccess } from "./route-access.ts";

/**
 * A route's options in the form nearly every route has: who may call it (`config.access`, see
 * `TRouteAccess`) and its schema. The schema keeps its own type, so the zod type provider still types
 * the handler's request and answer from it.
 */
export function routeOptions<S extends FastifySchema>(access: TRouteAccess, schema: S) {
  return { schema, config: { access } };
}
