import { join } from "node:path";
import multipart from "@fastify/multipart";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { sql } from "drizzle-orm";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { z } from "zod";
import { registerAnomalyRoutes } from "../anomalies/anomaly-routes.ts";
import { registerAuditRoutes } from "../audit/audit-routes.ts";
import { registerAuthRoutes } from "../auth/auth-routes.ts";
import { registerUserRoutes } from "../auth/user-routes.ts";
import { registerCardRoutes } from "../cards/card-routes.ts";
import { registerCaseloadRoutes } from "../caseload/caseload-routes.ts";
import type { TConfig } from "../config.ts";
import type { TDatabase } from "../db/database.ts";
import { registerDistributionRoutes } from "../distribution/distribution-routes.ts";
import { registerReconcileRoutes } from "../distribution/reconcile/reconcile-routes.ts";
import { registerScheduleRoutes } from "../distribution/schedule/schedule-routes.ts";
import { registerTransactionRoutes } from "../distribution/transactions/transaction-routes.ts";
import { registerImportTemplateRoutes } from "../interchange/template-routes.ts";
import { registerJobRoutes } from "../jobs/job-routes.ts";
import { registerMonitoringRoutes } from "../monitoring/monitoring-routes.ts";
import { registerAidRoutes } from "../programs/aid-routes.ts";
import { registerEnrolmentRoutes } from "../programs/enrolment-routes.ts";
import { registerProgramRoutes } from "../programs/program-routes.ts";
import { registerDuplicateRoutes } from "../registry/duplicates/duplicate-routes.ts";
import { registerRegistryRoutes } from "../registry/registry-routes.ts";
import { registerSocialRoutes } from "../registry/social/social-routes.ts";
import { registerUsulanRoutes } from "../registry/usulan/usulan-routes.ts";
import { folderBlobStore, type TBlobStore } from "../storage/blob-store.ts";
import { registerWilayahRoutes } from "../wilayah/wilayah-routes.ts";
import { loggerOptions } from "./log-safety.ts";
import { maskFreeTextForMaskedRoles } from "./mask-free-text.ts";
import { problemFor, sendProblem } from "./problem.ts";
import { refuseControlCharacters } from "./refuse-control-characters.ts";
import { registerCsrfCheck, registerNoStore, registerSecurity } from "./security-plugins.ts";
import { registerSessionHook } from "./session-hook.ts";
import { registerWebApp } from "./web-app.ts";
import "./route-access.ts";
import { routeOptions } from "./route-options.ts";

export interface TAppOptions {
  /** Where uploads and produced files go; a folder under KAWAL_DATA unless given. */
  blobs?: TBlobStore;
  logger?: boolean;
  /** Collects every route as it is registered, for the access-matrix test. */
  onRoute?: (route: { method: string; url: string; access: string | undefined }) => void;
}

/**
 * Every schema is a zod schema, checked and serialised by zod's compilers. Given to Fastify as its
 * compiler factories rather than set after it is made, so it never loads its default compilers (ajv and
 * fast-json-stringify), which no route uses and which cost about 0.3 s of CPU a start. Fastify types the
 * factories for JSON Schema, hence the cast.
 */
const zodCompilers = {
  buildValidator: () => validatorCompiler,
  buildSerializer: () => serializerCompiler,
} as unknown as NonNullable<NonNullable<FastifyServerOptions["schemaController"]>["compilersFactory"]>;

export async function buildApp(
  database: TDatabase,
  config: TConfig,
  options: TAppOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? loggerOptions : false,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    schemaController: { compilersFactory: zodCompilers },
  });
  app.setErrorHandler((error, request, reply) => {
    const problem = problemFor(error, request);
    if (problem.status >= 500) request.log.error({ err: error }, "request failed");
    return sendProblem(reply, problem);
  });
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const access = route.config?.access;
    // Deny by default: an API route that does not say who may call it is a programming error.
    if (route.url.startsWith("/api/") && !route.url.startsWith("/api/docs") && access === undefined) {
      throw new Error(`route ${route.url} declares no access`);
    }
    for (const method of methods) {
      if (method !== "HEAD") options.onRoute?.({ method, url: route.url, access });
    }
  });

  await registerSecurity(app, config);
  await app.register(swagger, {
    openapi: {
      info: { title: "Kawal API", version: "0.1.0", description: "Kawal: pendampingan bantuan sosial" },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "kawal_session" } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  registerSessionHook(app, database.db, config);
  registerCsrfCheck(app);
  registerNoStore(app);
  maskFreeTextForMaskedRoles(app);
  refuseControlCharacters(app);

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/health",
    routeOptions("public", {
      tags: ["system"],
      response: { 200: z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgres"]) }) },
    }),
    async () => {
      await database.db.execute(sql`SELECT 1`);
      return { status: "ok" as const, database: database.kind };
    },
  );
  r.get("/api/openapi.json", routeOptions("public", { hide: true }), async () => app.swagger());
  registerAuthRoutes(app, database.db, config);
  registerUserRoutes(app, database.db);
  registerWilayahRoutes(app, database.db);
  registerAuditRoutes(app, database.db);
  const blobs = options.blobs ?? folderBlobStore(join(config.dataDir, "blobs"));
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 5 } });
  registerRegistryRoutes(app, database, blobs);
  registerDuplicateRoutes(app, database);
  registerUsulanRoutes(app, database.db, blobs);
  registerJobRoutes(app, database.db, blobs);
  registerImportTemplateRoutes(app);
  registerSocialRoutes(app, database.db);
  registerProgramRoutes(app, database, blobs);
  registerEnrolmentRoutes(app, database, blobs);
  registerAidRoutes(app, database, blobs);
  registerCaseloadRoutes(app, database, blobs, config);
  registerDistributionRoutes(app, database, blobs);
  registerTransactionRoutes(app, database, blobs);
  registerReconcileRoutes(app, database, blobs);
  registerScheduleRoutes(app, database, blobs);
  registerMonitoringRoutes(app, database, blobs);
  registerCardRoutes(app, database, blobs);
  registerAnomalyRoutes(app, database, blobs);
  await registerWebApp(app);
  return app;
}
