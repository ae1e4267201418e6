import { AppError, AppErrorCode, ZLoginInput, ZMe } from "@kawal/core";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { TConfig } from "../config.ts";
import type { TDb } from "../db/database.ts";
import { jsonRoutes } from "../http/json-routes.ts";
import { ZNoContent } from "../http/route-answers.ts";
import { routeOptions } from "../http/route-options.ts";
import { csrfSessionOf } from "../http/security-plugins.ts";
import { getMe } from "./get-me.ts";
import { login } from "./login.ts";
import { LoginFailures } from "./login-failures.ts";
import { endSession } from "./resolve-session.ts";
import { SESSION_COOKIE } from "./session-token.ts";

export function registerAuthRoutes(app: FastifyInstance, db: TDb, config: TConfig): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = {
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    secure: config.secureCookies,
    maxAge: config.sessionAbsoluteHours * 3600,
  };
  const failures = new LoginFailures({
    perAccount: config.loginAttemptsPerWindow,
    perAddress: config.loginFailuresPerAddress,
    windowMs: config.loginWindowMinutes * 60_000,
  });

  r.get(
    "/api/auth/csrf",
    routeOptions("public", { tags: ["auth"], response: { 200: z.object({ csrfToken: z.string() }) } }),
    async (request, reply: FastifyReply) => ({
      csrfToken: reply.generateCsrf({ userInfo: csrfSessionOf(request) }),
    }),
  );

  r.post(
    "/api/auth/login",
    {
      schema: { tags: ["auth"], body: ZLoginInput, response: { 200: z.object({ user: ZMe }) } },
      config: { access: "public" },
    },
    async (request, reply) => {
      const { username } = request.body;
      failures.check(request.ip, username);
      const result = await login(db, request.body, {
        absoluteHours: config.sessionAbsoluteHours,
        previousToken: request.sessionToken ?? undefined,
      }).catch((error: unknown) => {
        if (error instanceof AppError && error.code === AppErrorCode.INVALID_CREDENTIALS) {
          failures.failed(request.ip, username);
        }
        throw error;
      });
      failures.succeeded(request.ip, username);
      reply.setCookie(SESSION_COOKIE, result.token, cookieOptions);
      return { user: await getMe(db, result.actor) };
    },
  );

  r.post(
    "/api/auth/logout",
    routeOptions("public", { tags: ["auth"], response: { 204: ZNoContent } }),
    async (request, reply) => {
      if (request.sessionToken) await endSession(db, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send();
    },
  );

  jsonRoutes(app, { tags: ["auth"] }).get(
    "/api/auth/me",
    "session",
    { answer: z.object({ user: ZMe }) },
    async ({ actor }) => ({ user: await getMe(db, actor) }),
  );
}
