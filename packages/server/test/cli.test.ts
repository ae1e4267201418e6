import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite } from "../src/db/open-pglite.ts";
import { dbTargets } from "./db-targets.ts";

const kawal = fileURLToPath(new URL("../bin/kawal.js", import.meta.url));

function run(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [kawal, ...args], {
    env: { ...process.env, DATABASE_URL: "", KAWAL_DATA: "", ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("kawal CLI usage", () => {
  it("prints help and exits 0", () => {
    const result = run(["--help"], {});
    expect(result.status).toBe(0);
    for (const command of ["serve", "migrate", "demo", "user", "audit"])
      expect(result.stdout).toContain(command);
    const sub = run(["audit", "verify", "--help"], {});
    expect(sub.status).toBe(0);
    expect(sub.stdout).toContain("--json");
  });

  it("exits 2 on misuse", () => {
    expect(run(["terbang"], {}).status).toBe(2);
    expect(run(["user", "create", "--username", "x"], {}).status).toBe(2);
  });
});

describe.each(dbTargets)("kawal CLI on $name", (target) => {
  let env: Record<string, string>;
  let tamper: (statement: string) => Promise<void>;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (target.name === "pglite") {
      const dir = mkdtempSync(join(tmpdir(), "kawal-cli-"));
      env = { KAWAL_DATA: dir };
      tamper = async (statement) => {
        const database = await openPglite(dir);
        await database.execAsOwner(statement);
        await database.close();
      };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const opened = await target.open();
      await opened.database.close();
      const url = opened.url ?? "";
      env = { DATABASE_URL: url };
      tamper = async (statement) => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(statement);
        await client.end();
      };
      cleanup = opened.drop;
    }
  });
  afterAll(async () => cleanup());

  it("migrates, creates users, and refuses bad input with exit 1", () => {
    const migrated = run(["migrate", "--json"], env);
    expect(migrated.status).toBe(0);
    expect(JSON.parse(migrated.stdout)).toMatchObject({ migrated: true, database: target.name });

    const created = run(
      [
        "user",
        "create",
        "--username",
        "tksk.ploso",
        "--name",
        "TKSK Ploso",
        "--role",
        "tksk",
        "--scope",
        "351714",
        "--json",
      ],
      env,
    );
    expect(created.status).toBe(0);
    const body = JSON.parse(created.stdout);
    expect(body.user).toMatchObject({
      username: "tksk.ploso",
      role: "tksk",
      scopes: [{ code: "35.17.14", name: "Ploso" }],
    });
    expect(body.password).toMatch(/^.{12,}$/);

    const bad = run(
      ["user", "create", "--username", "x", "--name", "Y", "--role", "raja", "--scope", "35.17", "--json"],
      env,
    );
    expect(bad.status).toBe(1);
    const reasons = JSON.parse(bad.stdout).errors.map((e: { field: string }) => e.field);
    expect(reasons).toEqual(expect.arrayContaining(["username", "role"]));
  });

  it("verifies an untouched audit log and names a tampered row", async () => {
    const intact = run(["audit", "verify", "--json"], env);
    expect(intact.status).toBe(0);
    const ok = JSON.parse(intact.stdout);
    expect(ok).toMatchObject({ ok: true, broken: null });
    expect(ok.rows).toBeGreaterThan(0);

    await tamper(`SET session_replication_role = replica;
      UPDATE audit_log SET data = jsonb_set(data, '{role}', '"admin"') WHERE action = 'user.create';
      SET session_replication_role = origin`);
    const broken = run(["audit", "verify", "--json"], env);
    expect(broken.status).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({
      ok: false,
      broken: { kabCode: "35.17", seq: 1, reason: "hash_mismatch" },
    });
    const human = run(["audit", "verify"], env);
    expect(human.status).toBe(1);
    expect(human.stdout).toMatch(/kab_code=35\.17 seq=1/);
  });
});
