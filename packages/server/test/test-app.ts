import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TRole } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { hashPassword } from "../src/auth/password.ts";
import { readConfig, type TConfig } from "../src/config.ts";
import { queryRows, type TDatabase } from "../src/db/database.ts";
import { buildApp } from "../src/http/build-app.ts";
import { loadWilayah } from "../src/wilayah/load-wilayah.ts";
import type { TDbTarget } from "./db-targets.ts";
import { makeUser } from "./factories/index.ts";
import { TestClient } from "./test-client.ts";

export const TEST_PASSWORD = "rahasia-uji-123";
let passwordHash: Promise<string> | undefined;

export interface TTestApp {
  app: FastifyInstance;
  database: TDatabase;
  url: string | null;
  config: TConfig;
  routes: { method: string; url: string; access: string | undefined }[];
  /** Creates a user with TEST_PASSWORD (one hash shared by all test users, for speed). */
  makeUser(role: TRole, scopes: string[], username?: string): Promise<{ id: string; username: string }>;
  /** The `n` of a `SELECT count(*)::int AS n …` query, 0 when it gives no row. */
  count(query: SQL): Promise<number>;
  /** How many audit rows of an action there are. */
  auditCount(action: string): Promise<number>;
  /** A client already logged in as a new user of that role and scope. */
  clientAs(role: TRole, scopes: string[]): Promise<TestClient & { userId: string }>;
  close(): Promise<void>;
}

let counter = 0;

/** A real app on a fresh database with every region loaded; requests go through HTTP (inject). */
export async function makeTestApp(target: TDbTarget, overrides: Partial<TConfig> = {}): Promise<TTestApp> {
  const { database, url, drop } = await target.open();
  await loadWilayah(database);
  const dataDir = mkdtempSync(join(tmpdir(), "kawal-app-"));
  const config = {
    ...readConfig({}),
    dataDir,
    loginAttemptsPerWindow: 1000,
    loginFailuresPerAddress: 1000,
    requestsPerMinute: 100_000,
    ...overrides,
  };
  const routes: TTestApp["routes"] = [];
  const app = await buildApp(database, config, { onRoute: (r) => routes.push(r) });
  await app.ready();
  const makeUserWithPassword: TTestApp["makeUser"] = async (role, scopes, username) => {
    counter += 1;
    const name =
      username ?? `${role.replaceAll("_", "-")}-${counter}-${Math.random().toString(36).slice(2, 6)}`;
    passwordHash ??= hashPassword(TEST_PASSWORD);
    return makeUser(database.db, { username: name, role, scopes, passwordHash: await passwordHash });
  };
  const count = async (query: SQL) => (await queryRows<{ n: number }>(database.db, query))[0]?.n ?? 0;
  return {
    app,
    database,
    url,
    config,
    routes,
    makeUser: makeUserWithPassword,
    count,
    auditCount: (action) => count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`),
    async clientAs(role, scopes) {
      const user = await makeUserWithPassword(role, scopes);
      const client = new TestClient(app);
      await client.login(user.username, TEST_PASSWORD);
      return Object.assign(client, { userId: user.id });
    },
    async close() {
      await app.close();
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The suite's test app: made before the suite's own `beforeAll` hooks (register it first) and closed after
 * them. The handle reaches the app once it is made, so a suite declares it where it declares its clients.
 */
export function testAppForSuite(target: TDbTarget, overrides: Partial<TConfig> = {}): TTestApp {
  let made: TTestApp | undefined;
  beforeAll(async () => {
    made = await makeTestApp(target, overrides);
  });
  afterAll(async () => made?.close());
  return new Proxy({} as TTestApp, {
    get(_, key) {
      // Not a promise: `await` and vitest's own checks read `then` before the app exists.
      if (key === "then") return undefined;
      if (!made) throw new Error("the suite's test app is made in beforeAll");
      return Reflect.get(made, key);
    },
  });
}
