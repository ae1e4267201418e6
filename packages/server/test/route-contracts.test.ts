import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../src/config.ts";
import type { TDatabase } from "../src/db/database.ts";
import { openPglite } from "../src/db/open-pglite.ts";
import { buildApp } from "../src/http/build-app.ts";

/**
 * Every JSON route declares the shape of its answer, so the OpenAPI document describes every answer and
 * the web app can take its types from the same schemas. A route answering a file declares its media type
 * (`produces`) and a 204 declares that it has no body: nothing is skipped without saying so.
 */

interface TOperation {
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: object }> }>;
}

/** A schema that says something: `{}` (from `z.unknown()`) accepts any answer and describes none. */
const describesSomething = (schema: object | undefined) =>
  schema !== undefined && Object.keys(schema).length > 0;

/** Why an operation's answers are not declared, or null when they are. */
function undeclared(operation: TOperation): string | null {
  const answers = Object.entries(operation.responses ?? {}).filter(([status]) => /^2/.test(status));
  if (answers.length === 0) return "no success answer";
  for (const [status, answer] of answers) {
    const media = Object.entries(answer.content ?? {});
    if (media.length === 0) {
      if (status === "204") continue;
      return `${status} without a body schema`;
    }
    for (const [type, { schema }] of media) {
      if (type.includes("json") && !describesSomething(schema)) return `${status} ${type} accepts anything`;
    }
  }
  return null;
}

const openApiPath = (url: string) => url.replace(/:(\w+)/g, "{$1}");

// The document depends on the routes only, not on the database: one embedded database serves.
describe("route contracts", () => {
  const routes: { method: string; url: string }[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), "kawal-contracts-"));
  let database: TDatabase;
  let app: FastifyInstance;
  let paths: Record<string, Record<string, TOperation>>;

  beforeAll(async () => {
    database = await openPglite(null);
    app = await buildApp(database, { ...readConfig({}), dataDir }, { onRoute: (r) => routes.push(r) });
    const response = await app.inject({ method: "GET", url: "/api/openapi.json" });
    paths = (response.json() as { paths: typeof paths }).paths;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const apiRoutes = () =>
    routes
      .filter(
        (r) => r.url.startsWith("/api/") && !r.url.startsWith("/api/docs") && r.url !== "/api/openapi.json",
      )
      .map((r) => ({
        key: `${r.method} ${r.url}`,
        operation: paths[openApiPath(r.url)]?.[r.method.toLowerCase()],
      }));

  it("puts every API route in the OpenAPI document", () => {
    const missing = apiRoutes()
      .filter((r) => r.operation === undefined)
      .map((r) => r.key);
    expect(missing).toEqual([]);
  });

  it("declares the answer of every JSON route", () => {
    const gaps = apiRoutes()
      .filter((r) => r.operation !== undefined)
      .map((r) => ({ route: r.key, why: undeclared(r.operation as TOperation) }))
      .filter((r) => r.why !== null);
    expect(gaps).toEqual([]);
  });

  it("describes a file answer by its media types and a 204 by its lack of body", () => {
    const rejected = paths["/api/jobs/{id}/rejected"]?.get?.responses?.["200"];
    expect(rejected?.content?.["text/csv"]?.schema).toMatchObject({ type: "string", format: "binary" });
    const logout = paths["/api/auth/logout"]?.post?.responses;
    expect(Object.keys(logout ?? {})).toEqual(["204"]);
    expect(logout?.["204"]?.content).toBeUndefined();
  });
});
