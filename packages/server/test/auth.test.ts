import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";
import { makeTestApp, TEST_PASSWORD, type TTestApp } from "./test-app.ts";
import { TestClient } from "./test-client.ts";

describe.each(dbTargets)("login, sessions and CSRF on $name", (target) => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await makeTestApp(target, { loginAttemptsPerWindow: 5 });
  });
  afterAll(async () => t.close());

  const sessionsOf = async (userId: string) =>
    (
      await queryRows<{ n: number }>(
        t.database.db,
        sql`SELECT count(*)::int AS n FROM session WHERE user_id = ${userId}`,
      )
    )[0]?.n;

  it("logs in, tells who is logged in, and logs out", async () => {
    const user = await t.makeUser("tksk", ["35.17.18"]);
    const client = new TestClient(t.app);
    const login = await client.login(user.username, TEST_PASSWORD);
    expect(login.statusCode).toBe(200);
    const setCookie = String(login.headers["set-cookie"]);
    expect(setCookie).toMatch(/kawal_session=.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const me = await client.get("/api/auth/me");
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({
      username: user.username,
      role: "tksk",
      scopes: [{ code: "35.17.18", name: "Bandarkedungmulyo", level: "kecamatan" }],
      menu: [
        "beranda",
        "wilayah",
        "keluarga",
        "usulan",
        "duplikat",
        "program",
        "pendamping",
        "bantuan",
        "penyaluran",
        "monitoring",
        "kartu",
        "anomali",
        "pengguna",
      ],
    });
    expect((await client.post("/api/auth/logout")).statusCode).toBe(204);
    expect((await client.get("/api/auth/me")).statusCode).toBe(401);
    expect(await sessionsOf(user.id)).toBe(0);
  });

  it("gives a bank the menu of what its permissions reach: the lists and transactions, and their files", async () => {
    const user = await t.makeUser("bank", ["35.17"]);
    const client = new TestClient(t.app);
    await client.login(user.username, TEST_PASSWORD);
    const me = (await client.get("/api/auth/me")).json().user;
    // Penyaluran by distribution.read and transaction.read (no schedule.read), Impor by
    // distribution.import (no registry.import); never the registry itself.
    expect(me.menu).toEqual(["beranda", "wilayah", "impor", "penyaluran", "kartu"]);
    expect(me.permissions).not.toContain("schedule.read");
    expect(me.permissions).not.toContain("registry.import");
    // What the menu opens, the API answers: the transactions and payment lists, not the periods and schedules.
    expect((await client.get("/api/distribution/transactions")).statusCode).toBe(200);
    expect(
      (await client.get("/api/distribution/payment-lists/summary?program=SEMBAKO&periode=2025-03"))
        .statusCode,
    ).toBe(200);
    expect((await client.get("/api/distribution/periods?program=SEMBAKO")).statusCode).toBe(403);
  });

  it("rotates the session at login: the old cookie stops working", async () => {
    const user = await t.makeUser("psm", ["35.17.18.2002"]);
    const client = new TestClient(t.app);
    await client.login(user.username, TEST_PASSWORD);
    await client.login(user.username, TEST_PASSWORD);
    expect(await sessionsOf(user.id)).toBe(1);
  });

  it("answers a wrong password ten times with 401 then 429, and changes nothing", async () => {
    const user = await t.makeUser("tksk", ["35.17.18"]);
    const [before] = await queryRows(t.database.db, sql`SELECT * FROM users WHERE id = ${user.id}`);
    const client = new TestClient(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await client.post("/api/auth/login", {
        username: user.username,
        password: `salah-${i}-xxxxx`,
      });
      expect(response.headers["content-type"]).toMatch(/application\/problem\+json/);
      expect(response.body).not.toMatch(/at .*\.ts:\d+/);
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429, 429, 429]);
    const [after] = await queryRows(t.database.db, sql`SELECT * FROM users WHERE id = ${user.id}`);
    expect(after).toEqual(before);
    expect(await sessionsOf(user.id)).toBe(0);
    expect(client.hasSessionCookie()).toBe(false);
  });

  it("counts only failures: a seventh correct login in a row still succeeds", async () => {
    const user = await t.makeUser("tksk", ["35.17.18"]);
    const client = new TestClient(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await client.login(user.username, TEST_PASSWORD)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200]);
  });

  it("says the same for an unknown user and a wrong password", async () => {
    const client = new TestClient(t.app);
    const unknown = await client.post("/api/auth/login", { username: "tidak-ada", password: "apa-saja-123" });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toMatchObject({
      code: "INVALID_CREDENTIALS",
      title: "Nama pengguna atau kata sandi salah",
    });
  });

  it("refuses writes without the CSRF token", async () => {
    const user = await t.makeUser("tksk", ["35.17.18"]);
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ username: user.username, password: TEST_PASSWORD }),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: "CSRF" });
  });

  it("refuses a CSRF token made for another session, even with its own secret cookie planted", async () => {
    const [alice, bob] = [await t.makeUser("tksk", ["35.17.18"]), await t.makeUser("tksk", ["35.17.18"])];
    const a = new TestClient(t.app);
    const b = new TestClient(t.app);
    await a.login(alice.username, TEST_PASSWORD);
    await b.login(bob.username, TEST_PASSWORD);
    const aliceToken = await a.csrf();
    const logout = (session: string | undefined) =>
      t.app.inject({
        method: "POST",
        url: "/api/auth/logout",
        headers: {
          cookie: `kawal_session=${session}; kawal_csrf=${a.cookie("kawal_csrf")}`,
          "x-csrf-token": aliceToken,
        },
      });
    const planted = await logout(b.cookie("kawal_session"));
    expect(planted.statusCode).toBe(403);
    expect(planted.json()).toMatchObject({ code: "CSRF" });
    expect(await sessionsOf(bob.id)).toBe(1);
    expect((await logout(a.cookie("kawal_session"))).statusCode).toBe(204);
  });

  it("ends every session of a user who is disabled", async () => {
    const admin = await t.clientAs("admin", ["ID"]);
    const user = await t.makeUser("psm", ["35.17.18.2003"]);
    const victim = new TestClient(t.app);
    await victim.login(user.username, TEST_PASSWORD);
    expect((await victim.get("/api/auth/me")).statusCode).toBe(200);
    const disabled = await admin.patch(`/api/users/${user.id}`, { disabled: true });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json()).toMatchObject({ disabled: true });
    expect((await victim.get("/api/auth/me")).statusCode).toBe(401);
    expect((await victim.login(user.username, TEST_PASSWORD)).statusCode).toBe(401);
    expect(await sessionsOf(user.id)).toBe(0);
  });

  it("ends a session that has been idle too long", async () => {
    const user = await t.makeUser("psm", ["35.17.18.2004"]);
    const client = new TestClient(t.app);
    await client.login(user.username, TEST_PASSWORD);
    await t.database.db.execute(
      sql`UPDATE session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = ${user.id}`,
    );
    expect((await client.get("/api/auth/me")).statusCode).toBe(401);
  });

  it("sets security headers", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-security-policy"]).toMatch(/default-src 'self'/);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-frame-options"]).toBeDefined();
  });
});
