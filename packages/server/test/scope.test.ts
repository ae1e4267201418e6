import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";
import { testAppForSuite } from "./test-app.ts";

describe.each(dbTargets)("wilayah scope on $name", (target) => {
  const t = testAppForSuite(target);

  it("answers 404 for another kecamatan's record and audits every attempt", async () => {
    const tksk = await t.clientAs("tksk", ["35.17.18"]);
    const mine = await t.makeUser("psm", ["35.17.18.2001"]);
    const theirs = await t.makeUser("psm", ["35.17.17.2003"]);

    expect((await tksk.get(`/api/users/${mine.id}`)).statusCode).toBe(200);
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await tksk.get(`/api/users/${theirs.id}`);
      expect(response.statusCode).toBe(404);
      // Exactly what a missing record answers: existence does not leak.
      const missing = await tksk.get("/api/users/00000000-0000-4000-8000-000000000001");
      expect(response.body).toBe(missing.body);
    }
    const rows = await queryRows<{
      kab_code: string;
      actor_id: string;
      entity_id: string;
      data: { role: string };
    }>(
      t.database.db,
      sql`SELECT kab_code, actor_id, entity_id, data FROM audit_log WHERE action = 'access.denied' ORDER BY seq`,
    );
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toMatchObject({
        kab_code: "35.17",
        actor_id: tksk.userId,
        entity_id: theirs.id,
        data: { role: "tksk" },
      });
    }
  });

  it("lets a worker who covers two kecamatan (after a split) see both", async () => {
    const tksk = await t.clientAs("tksk", ["35.17.18", "35.17.17"]);
    const a = await t.makeUser("psm", ["35.17.18.2006"]);
    const b = await t.makeUser("psm", ["35.17.17.2004"]);
    const c = await t.makeUser("psm", ["35.17.16.2001"]);
    expect((await tksk.get(`/api/users/${a.id}`)).statusCode).toBe(200);
    expect((await tksk.get(`/api/users/${b.id}`)).statusCode).toBe(200);
    expect((await tksk.get(`/api/users/${c.id}`)).statusCode).toBe(404);
  });

  it("hides a user whose scope reaches beyond the caller's", async () => {
    const tksk = await t.clientAs("tksk", ["35.17.18"]);
    const dinsos = await t.makeUser("dinsos", ["35.17"]);
    const listed = await tksk.get(`/api/users?q=${dinsos.username}`);
    expect(listed.json().items).toEqual([]);
    expect((await tksk.get(`/api/users/${dinsos.id}`)).statusCode).toBe(404);
  });

  it("denies everything to a user with no scope", async () => {
    const nobody = await t.clientAs("tksk", []);
    const listed = await nobody.get("/api/users");
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toEqual([]);
  });

  it("pages the user list with a cursor", async () => {
    const admin = await t.clientAs("admin", ["ID"]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await admin.get(`/api/users?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      const body = response.json() as { items: { username: string }[]; nextCursor: string | null };
      seen.push(...body.items.map((u) => u.username));
      cursor = body.nextCursor;
    } while (cursor);
    const [count] = await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM users`);
    expect(seen).toHaveLength(count?.n ?? -1);
    expect([...seen].sort()).toEqual(seen);
  });
});
