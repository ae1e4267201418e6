import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import { AppError, AppErrorCode } from "@kawal/core";
import type { FastifyInstance } from "fastify";
import { serverPackageFolder } from "../package-folder.ts";

export const webDistDir = join(serverPackageFolder, "../web/dist");

/**
 * Serves the built web app, with every non-API path answering index.html so the app's own router
 * handles deep links. Unknown API paths stay 404 problems.
 */
export async function registerWebApp(app: FastifyInstance): Promise<void> {
  const built = existsSync(`${webDistDir}/index.html`);
  if (built) {
    await app.register(fastifyStatic, {
      root: webDistDir,
      prefix: "/",
      wildcard: false,
      index: ["index.html"],
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || request.method !== "GET") {
      throw new AppError(AppErrorCode.NOT_FOUND, "no such route");
    }
    if (!built) {
      return reply
        .type("text/plain; charset=utf-8")
        .status(503)
        .send(
          "Aplikasi web belum dibangun: jalankan `npm run build`.\nThe web app is not built: run `npm run build`.",
        );
    }
    return reply.sendFile("index.html");
  });
}
