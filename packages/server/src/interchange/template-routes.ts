import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ZImportTemplate } from "@kawal/core";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { jsonRoutes } from "../http/json-routes.ts";
import { sendAttachment } from "../http/route-answers.ts";
import { serverPackageFolder } from "../package-folder.ts";

/** The example files, one per kind, which a test imports into an empty database (docs/formats.md). */
export const importTemplateFolder = join(serverPackageFolder, "reference", "examples");

/**
 * `GET /api/import-templates/:kind`: the example file of a kind, to fill in. It holds two made-up
 * families and no one's data, so any logged-in user may have it.
 */
export function registerImportTemplateRoutes(app: FastifyInstance): void {
  jsonRoutes(app, { tags: ["imports"] }).get(
    "/api/import-templates/:kind",
    "session",
    { params: z.strictObject({ kind: ZImportTemplate }), file: ["text/csv"] },
    async ({ params, reply }) =>
      sendAttachment(reply, {
        contentType: "text/csv; charset=utf-8",
        fileName: `contoh-${params.kind}.csv`,
        body: await readFile(join(importTemplateFolder, `${params.kind}.csv`)),
      }),
  );
}
