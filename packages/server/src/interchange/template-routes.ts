import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ZImportTemplate } from "@kawal/core";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { fileAnswer } from "../http/route-answers.ts";
import { routeOptions } from "../http/route-options.ts";
import { serverPackageFolder } from "../package-folder.ts";

/** The example files, one per kind, which a test imports into an empty database (docs/formats.md). */
export const importTemplateFolder = join(serverPackageFolder, "reference", "examples");

/**
 * `GET /api/import-templates/:kind`: the example file of a kind, to fill in. It holds two made-up
 * families and no one's data, so any logged-in user may have it.
 */
export function registerImportTemplateRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/import-templates/:kind",
    routeOptions("session", {
      tags: ["imports"],
      params: z.strictObject({ kind: ZImportTemplate }),
      ...fileAnswer("text/csv"),
    }),
    async (request, reply) => {
      const { kind } = request.params;
      const body = await readFile(join(importTemplateFolder, `${kind}.csv`));
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="contoh-${kind}.csv"`)
        .send(body);
    },
  );
}
