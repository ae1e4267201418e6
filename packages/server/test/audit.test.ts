import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAudit } from "../src/audit/verify-audit.ts";
import { writeAudit } from "../src/audit/write-audit.ts";
import { queryRows, type TDatabase } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";

describe.each(dbTargets)("audit log on $name", (target) => {
  let database: TDatabase;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ database, drop } = await target.open());
  });
  afterAll(async () => drop());

  const write = (code: string | null, n: number) =>
    database.db.transaction((tx) =>
      writeAudit(tx, {
        wilayahCode: code,
        actorId: null,
        action: "test.event",
        entityType: "test",
        entityId: String(n),
        data: { n, nested: { b: 1, a: [1, "x"] } },
      }),
    );

  it("chains rows per kabupaten and verifies an untouched log", async () => {
    for (let i = 0; i < 5; i++) await write("35.17.18.2001", i);
    for (let i = 0; i < 3; i++) await write("35.18", i);
    await write(null, 0);
    const result = await verifyAudit(database.db);
    expect(result).toMatchObject({ ok: true, broken: null });
    expect(result.rows).toBe(9);
    const chains = await queryRows<{ kab_code: string; n: number }>(
      database.db,
      sql`SELECT kab_code, count(*)::int AS n FROM audit_log GROUP BY kab_code ORDER BY kab_code`,
    );
    expect(chains).toEqual([
      { kab_code: "00", n: 1 },
      { kab_code: "35.17", n: 5 },
      { kab_code: "35.18", n: 3 },
    ]);
  });

  it("keeps one unforked chain under concurrent writers", async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => write("35.17.01", 100 + i)));
    const [row] = await queryRows<{ n: number; max: number }>(
      database.db,
      sql`SELECT count(*)::int AS n, max(seq)::int AS max FROM audit_log WHERE kab_code = '35.17'`,
    );
    expect(row).toEqual({ n: 25, max: 25 });
    expect((await verifyAudit(database.db)).ok).toBe(true);
  });

  it("refuses UPDATE and DELETE from the app role", async () => {
    await expect(database.db.execute(sql`UPDATE audit_log SET action = 'x' WHERE seq = 1`)).rejects.toThrow();
    await expect(database.db.execute(sql`DELETE FROM audit_log WHERE seq = 1`)).rejects.toThrow();
    await expect(database.db.execute(sql`TRUNCATE audit_log`)).rejects.toThrow();
    expect((await verifyAudit(database.db)).ok).toBe(true);
  });

  it("names the first tampered row when a superuser edits the log", async () => {
    await database.execAsOwner(
      `SET session_replication_role = replica;
       UPDATE audit_log SET data = '{"n": 999}'::jsonb WHERE kab_code = '35.18' AND seq = 2;
       SET session_replication_role = origin`,
    );
    const result = await verifyAudit(database.db);
    expect(result.ok).toBe(false);
    expect(result.broken).toEqual({ kabCode: "35.18", seq: 2, reason: "hash_mismatch" });
  });

  it("detects a deleted row", async () => {
    await database.execAsOwner(
      `SET session_replication_role = replica;
       UPDATE audit_log SET data = '{"n": 1, "nested": {"a": [1, "x"], "b": 1}}'::jsonb WHERE kab_code = '35.18' AND seq = 2;
       DELETE FROM audit_log WHERE kab_code = '35.17' AND seq = 3;
       SET session_replication_role = origin`,
    );
    const result = await verifyAudit(database.db);
    expect(result.broken).toEqual({ kabCode: "35.17", seq: 3, reason: "missing_row" });
  });
});
