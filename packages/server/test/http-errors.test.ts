import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

describe.each(dbTargets)("bad input answers problem+json and changes nothing, on $name", (target) => {
  const t = testAppForSuite(target);
  let admin: TestClient;
  const userCount = async () =>
    (await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM users`))[0]?.n;

  beforeAll(async () => {
    admin = await t.clientAs("admin", ["ID"]);
  });

  const expectProblem = (
    response: { headers: Record<string, unknown>; body: string; statusCode: number },
    status: number,
    code: string,
  ) => {
    expect(response.statusCode).toBe(status);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    const body = JSON.parse(response.body);
    expect(body).toMatchObject({ status, code });
    expect(typeof body.title).toBe("string");
    // Never a stack trace or a source path.
    expect(response.body).not.toMatch(/\.ts:\d+|node_modules|at async/);
    return body;
  };

  it("a malformed JSON body", async () => {
    const before = await userCount();
    const response = await admin.post("/api/users", '{"username": "x",', {
      "content-type": "application/json",
    });
    const body = expectProblem(response, 400, "MALFORMED_BODY");
    expect(body.title).toBe("Isi permintaan bukan JSON yang benar");
    expect(await userCount()).toBe(before);
  });

  it("an unknown field, named in the answer", async () => {
    const before = await userCount();
    const response = await admin.post("/api/users", {
      username: "baru.satu",
      fullName: "Pengguna Baru",
      role: "psm",
      password: "kata-sandi-panjang",
      scopes: ["35.17.18.2001"],
      isAdmin: true,
    });
    const body = expectProblem(response, 400, "VALIDATION");
    expect(body.fields).toEqual([{ field: "isAdmin", message: expect.stringMatching(/isAdmin/) }]);
    expect(await userCount()).toBe(before);
  });

  it("field errors in the caller's language", async () => {
    admin.language = "en";
    const response = await admin.post("/api/users", {
      username: "ab",
      fullName: "X",
      role: "raja",
      password: "pendek",
      scopes: [],
    });
    admin.language = "id";
    const body = expectProblem(response, 400, "VALIDATION");
    expect(body.title).toBe("The data sent is not valid");
    const fields = body.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(["fullName", "password", "role", "scopes", "username"]);
  });

  it("a schema's own message answers in the language Accept-Language asks for, never both", async () => {
    const input = {
      username: "satu.bahasa",
      fullName: "Satu Bahasa",
      role: "psm",
      password: "pendek",
      scopes: [],
    };
    const indonesian = expectProblem(await admin.post("/api/users", input), 400, "VALIDATION");
    expect(indonesian.title).toBe("Data yang dikirim tidak valid");
    expect(indonesian.fields).toEqual(
      expect.arrayContaining([
        { field: "password", message: "minimal 10 karakter" },
        { field: "scopes", message: "pilih minimal satu wilayah" },
      ]),
    );
    admin.language = "en-GB,en;q=0.9,id;q=0.5";
    const english = expectProblem(await admin.post("/api/users", input), 400, "VALIDATION");
    admin.language = "id";
    expect(english.fields).toEqual(
      expect.arrayContaining([
        { field: "password", message: "at least 10 characters" },
        { field: "scopes", message: "choose at least one area" },
      ]),
    );
    for (const body of [indonesian, english]) {
      expect(body.detail).not.toContain(" / ");
      for (const field of body.fields) expect(field.message).not.toContain(" / ");
    }
    expect(english.detail).toContain("password: at least 10 characters");
  });

  it("a 20 MB body", async () => {
    const before = await userCount();
    const big = JSON.stringify({ username: "besar", fullName: "x".repeat(20 * 1024 * 1024) });
    const response = await admin.post("/api/users", big, { "content-type": "application/json" });
    expectProblem(response, 413, "BODY_TOO_LARGE");
    expect(await userCount()).toBe(before);
  });

  it("an unknown API path and an unsupported content type", async () => {
    expectProblem(await admin.get("/api/tidak-ada"), 404, "NOT_FOUND");
    expectProblem(
      await admin.post("/api/users", "username=x", { "content-type": "application/x-www-form-urlencoded" }),
      415,
      "UNSUPPORTED_MEDIA_TYPE",
    );
  });

  it("a scope the admin does not hold, and an unknown region", async () => {
    const kabAdmin = await t.clientAs("admin", ["35.17"]);
    const before = await userCount();
    const outside = await kabAdmin.post("/api/users", {
      username: "luar.wilayah",
      fullName: "Di Luar",
      role: "psm",
      password: "kata-sandi-panjang",
      scopes: ["35.18.01.2001"],
    });
    expectProblem(outside, 403, "SCOPE_NOT_ALLOWED");
    const unknown = await kabAdmin.post("/api/users", {
      username: "tak.dikenal",
      fullName: "Tak Dikenal",
      role: "psm",
      password: "kata-sandi-panjang",
      scopes: ["35.17.99.2999"],
    });
    const body = expectProblem(unknown, 400, "VALIDATION");
    expect(body.fields).toEqual([{ field: "scopes.0", message: "kode wilayah 35.17.99.2999 tidak dikenal" }]);
    expect(await userCount()).toBe(before);
  });

  it("a username already taken", async () => {
    const input = {
      username: "kembar",
      fullName: "Kembar",
      role: "psm",
      password: "kata-sandi-panjang",
      scopes: ["3517182001"],
    };
    expect((await admin.post("/api/users", input)).statusCode).toBe(201);
    const before = await userCount();
    expectProblem(await admin.post("/api/users", input), 409, "CONFLICT");
    expect(await userCount()).toBe(before);
  });

  it("serves the OpenAPI document and the docs page", async () => {
    const spec = await admin.get("/api/openapi.json");
    expect(spec.statusCode).toBe(200);
    expect(Object.keys(spec.json().paths)).toEqual(
      expect.arrayContaining(["/api/health", "/api/users", "/api/wilayah/{code}"]),
    );
    const docs = await admin.get("/api/docs/");
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toMatch(/swagger/i);
  });
});
