import { describe, expect, it } from "vitest";
import { dbTargets } from "./db-targets.ts";
import { testAppForSuite } from "./test-app.ts";

/** A concrete path for a route pattern: every parameter and wildcard filled with a made-up value. */
const pathOf = (url: string) => url.replace(/:[A-Za-z]+/g, "x1").replace(/\*$/, "x1");

/** The same path as a client may spell it: a letter of `api` and of the next segment percent-encoded. */
function spellings(path: string): string[] {
  const encode = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
  const rest = path.slice("/api/".length);
  return [
    path,
    `/${encode("a")}pi/${rest}`,
    `/ap${encode("i")}/${rest}`,
    `/api/${rest.length > 0 ? encode(rest.charAt(0)) + rest.slice(1) : ""}`,
  ];
}

describe.each(dbTargets)("every route without a session on $name", (target) => {
  const t = testAppForSuite(target);

  it("answers 401 on every route not declared public, however its path is spelled", async () => {
    const apiRoutes = t.routes.filter((r) => r.url.startsWith("/api/"));
    expect(apiRoutes.length).toBeGreaterThan(100);
    const answered: string[] = [];
    for (const route of apiRoutes.filter((r) => r.access !== "public" && !r.url.startsWith("/api/docs"))) {
      for (const url of spellings(pathOf(route.url))) {
        const response = await t.app.inject({ method: route.method as "GET", url, payload: undefined });
        if (response.statusCode !== 401) answered.push(`${route.method} ${url} → ${response.statusCode}`);
      }
    }
    expect(answered).toEqual([]);
  });

  it("lets the declared public routes answer, and only those", () => {
    const open = t.routes
      .filter((r) => r.url.startsWith("/api/") && !r.url.startsWith("/api/docs") && r.access === "public")
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(open).toEqual([
      "GET /api/auth/csrf",
      "GET /api/health",
      "GET /api/openapi.json",
      "POST /api/auth/login",
      "POST /api/auth/logout",
    ]);
  });
});
