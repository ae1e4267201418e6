import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { roleCan, roles, type TRole } from "@kawal/core";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { writeAudit } from "../src/audit/write-audit.ts";
import { queryRows } from "../src/db/database.ts";
import { rejectedBlobKey } from "../src/jobs/job-routes.ts";
import { folderBlobStore } from "../src/storage/blob-store.ts";
import type { TCase, TFixture, TRouteSpec } from "./access/matrix-types.ts";
import { MISSING_ID, OTHER_KECAMATAN, OWN_KECAMATAN } from "./access/places.ts";
import { csvOf } from "./anggota-fixture.ts";
import { dbTargets } from "./db-targets.ts";
import { makeHeadOnlyFamily } from "./factories/index.ts";
import { TEST_PASSWORD, type TTestApp, testAppForSuite } from "./test-app.ts";
import { TestClient } from "./test-client.ts";

/**
 * The access matrix: every role × every route × {own scope, other scope, missing id}, plus anonymous
 * callers. A route the app registers that is missing here fails the suite, so the matrix grows with
 * every route (ARCHITECTURE.md, Principles: testing).
 */
const idOf = (c: TCase, f: TFixture) => (c === "missing" ? MISSING_ID : f[c].id);
const usernames = (body: unknown) => (body as { items: { username: string }[] }).items.map((u) => u.username);
const publicRoute = (send: TRouteSpec["send"], status = 200): TRouteSpec => ({
  send,
  allowed: { own: status, other: status, missing: status },
});

const matrix: Record<string, TRouteSpec> = {
  "GET /api/health": publicRoute((c) => c.get("/api/health")),
  "GET /api/openapi.json": publicRoute((c) => c.get("/api/openapi.json")),
  "GET /api/auth/csrf": publicRoute((c) => c.get("/api/auth/csrf")),
  "POST /api/auth/login": publicRoute(
    (c) => c.post("/api/auth/login", { username: "tidak-ada", password: "salah-sekali" }),
    401,
  ),
  "POST /api/auth/logout": publicRoute((c) => c.post("/api/auth/logout"), 204),
  "GET /api/auth/me": { send: (c) => c.get("/api/auth/me"), allowed: { own: 200, other: 200, missing: 200 } },
  "GET /api/users": {
    send: (c, k, f) => c.get(`/api/users?q=${k === "missing" ? "tidak-ada-siapa" : f[k].username}`),
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k, f) => (k === "missing" ? false : usernames(body).includes(f[k].username)),
  },
  "GET /api/users/:id": {
    send: (c, k, f) => c.get(`/api/users/${idOf(k, f)}`),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "POST /api/users": {
    send: (c, k) =>
      c.post("/api/users", {
        username: `baru-${Math.random().toString(36).slice(2, 10)}`,
        fullName: "Pengguna Baru",
        role: "psm",
        password: "kata-sandi-panjang",
        scopes: [
          k === "own" ? `${OWN_KECAMATAN}.2003` : k === "other" ? `${OTHER_KECAMATAN}.2001` : "35.17.99.2999",
        ],
      }),
    allowed: { own: 201, other: 403, missing: 400 },
  },
  "PATCH /api/users/:id": {
    send: (c, k, f) => c.patch(`/api/users/${idOf(k, f)}`, { fullName: "Nama Diubah" }),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/audit": {
    send: (c, k, f) => c.get(`/api/audit?entityType=fixture&entityId=${idOf(k, f)}`),
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k, f) =>
      k !== "missing" &&
      (body as { items: { entityId: string }[] }).items.some((e) => e.entityId === f[k].id),
  },
  "POST /api/registry/search": {
    send: (c, k, f) =>
      c.post("/api/registry/search", { q: k === "missing" ? "tidakadanamaini" : f.families[k].name }),
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k, f) =>
      k !== "missing" &&
      (body as { items: { familyId: string }[] }).items.some((i) => i.familyId === f.families[k].id),
  },
  "GET /api/registry/families/:id": {
    send: (c, k, f) => c.get(`/api/registry/families/${k === "missing" ? MISSING_ID : f.families[k].id}`),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "POST /api/registry/imports": {
    send: (c, k) =>
      k === "missing"
        ? c.upload("/api/registry/imports", { field: "file", name: "kosong.txt", content: "" })
        : c.upload("/api/registry/imports", { field: "file", name: "anggota.csv", content: tinyAnggota(k) }),
    // An upload is accepted either way; rows outside the caller's area are refused by the job.
    allowed: { own: 202, other: 202, missing: 400 },
  },
  "GET /api/jobs/:id": {
    send: async (c, k, f, me) =>
      c.get(`/api/jobs/${k === "own" ? await f.jobFor(me.id) : k === "other" ? f.otherJob : MISSING_ID}`),
    allowed: { own: 200, other: 404, missing: 404 },
  },
  "GET /api/jobs/:id/rejected": {
    send: async (c, k, f, me) =>
      c.get(
        `/api/jobs/${k === "own" ? await f.jobFor(me.id) : k === "other" ? f.otherJob : MISSING_ID}/rejected`,
      ),
    allowed: { own: 200, other: 404, missing: 404 },
  },
  "GET /api/import-templates/:kind": {
    send: (c, k) =>
      c.get(
        `/api/import-templates/${k === "own" ? "anggota" : k === "other" ? "transaksi_item" : "tidak_ada"}`,
      ),
    // Example files of made-up families, the same for everyone; an unknown kind is a bad request.
    allowed: { own: 200, other: 200, missing: 400 },
  },
  "GET /api/wilayah": publicRoute((c, k) =>
    c.get(`/api/wilayah?parent=${k === "own" ? OWN_KECAMATAN : k === "other" ? OTHER_KECAMATAN : "99.99"}`),
  ),
  "GET /api/wilayah/search": publicRoute((c, k) =>
    c.get(`/api/wilayah/search?q=${k === "own" ? "mojokambang" : k === "other" ? "ploso" : "zzzzzz"}`),
  ),
  "GET /api/wilayah/:code": {
    send: (c, k) =>
      c.get(`/api/wilayah/${k === "own" ? OWN_KECAMATAN : k === "other" ? OTHER_KECAMATAN : "35.17.99"}`),
    allowed: { own: 200, other: 200, missing: 404 },
  },
};

// Each module may keep its rows in test/access/<module>.matrix.ts (`export const matrix`); all are merged here.
for (const file of readdirSync(new URL("./access/", import.meta.url)).filter((f) =>
  f.endsWith(".matrix.ts"),
)) {
  const module = (await import(`./access/${file}`)) as { matrix: Record<string, TRouteSpec> };
  Object.assign(matrix, module.matrix);
}

const blobsOf = (t: TTestApp) => folderBlobStore(join(t.config.dataDir, "blobs"));

/** One head-only family in a desa, with a valid NIK and No. KK of that kecamatan. */
async function makeFamily(t: TTestApp, desa: string, name: string): Promise<TFixture["families"]["own"]> {
  const serial = `0${desa.endsWith("2005") ? "1" : "2"}01`;
  const { id, noKk, nik } = await makeHeadOnlyFamily(t.database.db, desa, serial, { nama: name });
  return { id, name, noKk, nik, desa };
}

/** A one-row `anggota` file for a desa of the caller's own area, or of another. */
function tinyAnggota(k: "own" | "other"): string {
  const desa = k === "own" ? `${OWN_KECAMATAN}.2006` : `${OTHER_KECAMATAN}.2003`;
  const kec = desa.split(".").slice(0, 3).join("");
  return csvOf(
    [[`${kec}0202200301`, `${kec}0303700301`, "Unggah Uji", "kepala", "L", "1970-03-03", desa]],
    ["no_kk", "nik", "nama", "hubungan", "jenis_kelamin", "tanggal_lahir", "kode_desa"],
  );
}

function permissionOf(access: string | undefined): string | null {
  return access === "public" || access === "session" || access === undefined ? null : access;
}

describe.each(dbTargets)("access matrix on $name", (target) => {
  const t = testAppForSuite(target);
  let fixture: TFixture;
  beforeAll(async () => {
    fixture = {
      own: await t.makeUser("psm", [`${OWN_KECAMATAN}.2005`]),
      other: await t.makeUser("psm", [`${OTHER_KECAMATAN}.2002`]),
      families: {
        own: await makeFamily(t, `${OWN_KECAMATAN}.2005`, "Fixturesendiri Alpha"),
        other: await makeFamily(t, `${OTHER_KECAMATAN}.2002`, "Fixturelain Beta"),
      },
      jobFor: async (userId) => {
        const [job] = await queryRows<{ id: string }>(
          t.database.db,
          sql`INSERT INTO job (kind, status, created_by) VALUES ('import.anggota', 'rejected', ${userId}) RETURNING id`,
        );
        const id = job?.id ?? "";
        await blobsOf(t).put(rejectedBlobKey(id), Readable.from(["nik,baris,kolom,alasan\n"]));
        return id;
      },
      otherJob: "",
      app: t,
    };
    fixture.otherJob = await fixture.jobFor(fixture.other.id);
    // One audit event in each place, for the audit trail's row of the matrix.
    for (const [code, user] of [
      [`${OWN_KECAMATAN}.2005`, fixture.own],
      [`${OTHER_KECAMATAN}.2002`, fixture.other],
    ] as const) {
      await t.database.db.transaction((tx) =>
        writeAudit(tx, {
          wilayahCode: code,
          actorId: null,
          action: "fixture.event",
          entityType: "fixture",
          entityId: user.id,
        }),
      );
    }
  });

  const deniedAudits = () => t.auditCount("access.denied");

  it("knows every registered route", () => {
    const registered = t.routes
      .filter((r) => r.url.startsWith("/api/") && !r.url.startsWith("/api/docs"))
      .map((r) => `${r.method} ${r.url}`);
    expect(registered.filter((key) => !(key in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((key) => !registered.includes(key))).toEqual([]);
    // The documentation pages are the only other API routes, and they are public by design.
    expect(t.routes.filter((r) => r.url.startsWith("/api/docs")).every((r) => r.access === undefined)).toBe(
      true,
    );
  });

  it("refuses anonymous callers on every non-public route", async () => {
    for (const route of t.routes.filter(
      (r) => r.url.startsWith("/api/") && r.access !== undefined && r.access !== "public",
    )) {
      const spec = matrix[`${route.method} ${route.url}`];
      if (!spec) continue;
      const response = await spec.send(new TestClient(t.app), "own", fixture, fixture.own);
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it.each([...roles])(
    "role %s",
    async (role: TRole) => {
      const user = await t.makeUser(role, [OWN_KECAMATAN]);
      const client = new TestClient(t.app);
      expect((await client.login(user.username, TEST_PASSWORD)).statusCode).toBe(200);
      for (const route of t.routes.filter((r) => `${r.method} ${r.url}` in matrix)) {
        const key = `${route.method} ${route.url}`;
        const spec = matrix[key] as TRouteSpec;
        const permission = permissionOf(route.access);
        for (const k of ["own", "other", "missing"] as const) {
          const auditsBefore = await deniedAudits();
          const response = await spec.send(client, k, fixture, user);
          const label = `${role} ${key} ${k}`;
          if (permission && !roleCan(role, permission as never)) {
            expect(response.statusCode, label).toBe(403);
            expect(response.json().code, label).toBe("FORBIDDEN");
            continue;
          }
          expect(response.statusCode, `${label}: ${response.body.slice(0, 200)}`).toBe(spec.allowed[k]);
          if (spec.listed) expect(spec.listed(response.json(), k, fixture), label).toBe(k === "own");
          if (spec.auditsOther && k === "other") expect(await deniedAudits(), label).toBe(auditsBefore + 1);
          // Logging out is in the matrix too; log back in for the next case.
          if (key === "POST /api/auth/logout") await client.login(user.username, TEST_PASSWORD);
        }
      }
      // A role with every permission walks every route three times: hundreds of requests, not a timing.
    },
    600_000,
  );
});
