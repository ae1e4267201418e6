import { Writable } from "node:stream";
import { DrizzleQueryError } from "drizzle-orm";
import pino from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import { loggerOptions } from "../src/http/log-safety.ts";
import { dbTargets } from "./db-targets.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

describe.each(dbTargets)("control characters in text input on $name", (target) => {
  const t = testAppForSuite(target);
  let admin: TestClient;
  beforeAll(async () => {
    admin = await t.clientAs("admin", ["ID"]);
  });

  const fieldsOf = (response: { statusCode: number; json: () => unknown }) => {
    expect(response.statusCode).toBe(400);
    const body = response.json() as { code: string; fields: { field: string; message: string }[] };
    expect(body.code).toBe("VALIDATION");
    return body.fields;
  };

  it("refuses a NUL byte in a body, a query or a path with the field named, before any query runs", async () => {
    expect(fieldsOf(await admin.post("/api/registry/search", { q: "Sut\u0000risno" }))).toEqual([
      { field: "q", message: "berisi karakter kendali yang tidak boleh ada dalam teks" },
    ]);
    admin.language = "en";
    expect(fieldsOf(await admin.get("/api/wilayah/search?q=jo%00mbang"))).toEqual([
      { field: "querystring.q", message: "contains a control character that text may not hold" },
    ]);
    expect(fieldsOf(await admin.get("/api/wilayah/35.17%00"))).toEqual([
      { field: "params.code", message: "contains a control character that text may not hold" },
    ]);
    admin.language = "id";
  });

  it("refuses a bidirectional override in a name and stores nothing", async () => {
    const users = async () => (await admin.get("/api/users?q=pembalik")).json() as { items: unknown[] };
    const response = await admin.post("/api/users", {
      username: "pembalik.satu",
      fullName: "Budi \u202Eonaks",
      role: "psm",
      password: "kata-sandi-panjang",
      scopes: ["35.17.18.2001"],
    });
    expect(fieldsOf(response).map((f) => f.field)).toEqual(["fullName"]);
    expect((await users()).items).toEqual([]);
  });

  it("keeps tabs and line breaks, which notes hold", async () => {
    const response = await admin.post("/api/registry/search", { q: "Sutrisno\tWarsito\r\nx" });
    expect(response.statusCode).toBe(200);
  });
});

describe("the server's log", () => {
  it("shows a failed query without its parameters and masks every 16-digit number in a line", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = pino(loggerOptions, sink);
    const cause = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: "22021",
    });
    const failed = new DrizzleQueryError(
      "select * from anggota where nik = $1 and nama = $2",
      ["3517182504900001", "Sutrisno Rahasia"],
      cause,
    );
    log.error({ err: failed }, "request failed");
    log.info("a note copied 3517180101200001 into a message");
    const text = lines.join("");
    expect(text).toContain("select * from anggota where nik = $1");
    expect(text).toContain("22021");
    expect(text).not.toContain("Sutrisno Rahasia");
    expect(text).not.toMatch(/(?<!\d)\d{16}(?!\d)/);
    expect(text).toContain("3517••••••••0001");
  });
});
