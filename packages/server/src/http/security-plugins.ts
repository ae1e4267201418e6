import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import { AppError, AppErrorCode } from "@kawal/core";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { hashSessionToken } from "../auth/session-token.ts";
import type { TConfig } from "../config.ts";
import { reachesApiRoute } from "./route-access.ts";

/** What a CSRF token is tied to: the hash of the request's session cookie, or `anonymous` before a login. */
export const csrfSessionOf = (request: FastifyRequest): string =>
  request.sessionToken ? hashSessionToken(request.sessionToken) : "anonymous";

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Security headers, cookies, the CSRF token plugin, and a global rate limit. */
export async function registerSecurity(app: FastifyInstance, config: TConfig): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets inline styles; map tiles come from a configurable server.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:", "https:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  await app.register(csrf, {
    sessionPlugin: "@fastify/cookie",
    // A token is made for one session (login and logout change it), so a token from another session,
    // or one planted with its secret cookie, is refused.
    getUserInfo: csrfSessionOf,
    csrfOpts: { hmacKey: config.csrfKey },
    cookieKey: "kawal_csrf",
    cookieOpts: { path: "/", sameSite: "strict", httpOnly: true, secure: config.secureCookies },
    getToken: (request) => {
      const header = request.headers["x-csrf-token"];
      return Array.isArray(header) ? header[0] : header;
    },
  });
  await app.register(rateLimit, {
    global: true,
    max: config.requestsPerMinute,
    timeWindow: "1 minute",
    errorResponseBuilder: () => new AppError(AppErrorCode.RATE_LIMITED, "rate limited"),
  });
}

/**
 * Every API answer is `Cache-Control: no-store` unless its route says otherwise: family pages, exports
 * and rejected-rows files hold personal data that no browser cache or proxy on a shared phone may keep.
 * (The web app's own files are cached by their own rules.)
 */
export function registerNoStore(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply) => {
    if (reachesApiRoute(request) && !reply.hasHeader("cache-control"))
      reply.header("cache-control", "no-store");
  });
}

/**
 * The CSRF check of every unsafe API method. Registered after the session hook, so an anonymous call to
 * a private route answers 401 whatever its method, and the check is decided on the matched route.
 */
export function registerCsrfCheck(app: FastifyInstance): void {
  app.addHook("onRequest", (request, reply, done) => {
    if (unsafeMethods.has(request.method) && reachesApiRoute(request)) {
      app.csrfProtection(request, reply, done);
      return;
    }
    done();
  });
}
