import { AppError, AppErrorCode } from "@kawal/core";
import type { FastifyRequest } from "fastify";
import type { TActor } from "../scope/actor.ts";
import "./route-access.ts";

/** The request's actor; the session hook has already refused anonymous calls to non-public routes. */
export function requireActor(request: FastifyRequest): TActor {
  if (!request.actor) throw new AppError(AppErrorCode.UNAUTHENTICATED);
  return request.actor;
}
