import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import { AppError, AppErrorCode } from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { TConfig } from "../config.ts";
import { reachesApiRoute } from "./route-access.ts";

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
