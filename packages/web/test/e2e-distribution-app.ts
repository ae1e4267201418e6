import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { hashPassword } from "../../server/src/auth/password.ts";
import { readConfig } from "../../server/src/config.ts";
import { queryRows, type TDatabase } from "../../server/src/db/database.ts";
import { openDatabase } from "../../server/src/db/open-database.ts";
import { buildApp } from "../../server/src/http/build-app.ts";
import { prepareDatabase } from "../../server/src/start/first-start.ts";
import { loginAt } from "./e2e-actions.ts";
import { chromiumFlags, chromiumPath, hasChromium } from "./e2e-browser.ts";
import { ensureWebBuild } from "./e2e-server.ts";
import type { TViewport } from "./e2e-session.ts";

export { sql };

export interface TDistributionSession {
  /** The app's own database connection, for seeding what the importers would load. */
  database(): TDatabase;
  /** A new user with the password `kawal-demo` and its scopes; returns its id. */
  makeUser(username: string, role: string, scopes: string[]): Promise<string>;
  newPage(viewport: TViewport): Promise<Page>;
  loggedIn(viewport: TViewport, path: string, username: string, password?: string): Promise<Page>;
}

/**
 * Like `useBrowserSession`, but the app runs in this test process on a fresh embedded database with the
 * demo, so a test can write distribution data (periods, agents, payment lists, transactions) straight
 * into it: the embedded database has one owner and cannot be shared with a `kawal serve` child.
 */
export function useDistributionSession(): TDistributionSession {
  let database: TDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let browser: Browser;
  let baseUrl = "";
  let dataDir = "";
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`Chromium is missing at ${chromiumPath} (KAWAL_TEST_STRICT=1)`);
    ensureWebBuild();
    dataDir = mkdtempSync(join(tmpdir(), "kawal-e2e-dist-"));
    const config = {
      ...readConfig({}),
      databaseUrl: undefined,
      dataDir,
      host: "127.0.0.1",
      port: 0,
      loginAttemptsPerWindow: 1000,
      requestsPerMinute: 100_000,
    };
    database = await openDatabase({ databaseUrl: undefined, dataDir });
    await prepareDatabase(database, config);
    app = await buildApp(database, config, { logger: false });
    baseUrl = await app.listen({ port: 0, host: "127.0.0.1" });
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
  }, 300_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.close();
    await database?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function newPage(viewport: TViewport): Promise<Page> {
    const context = await browser.newContext({ viewport, baseURL: baseUrl, locale: "id-ID" });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    return page;
  }

  return {
    database: () => database,
    async makeUser(username, role, scopes) {
      const hash = await hashPassword("kawal-demo");
      const [row] = await queryRows<{ id: string }>(
        database.db,
        sql`INSERT INTO users (username, full_name, role, password_hash)
            VALUES (${username}, ${`Uji ${username}`}, ${role}, ${hash}) RETURNING id`,
      );
      if (!row) throw new Error("user not created");
      for (const code of scopes) {
        await database.db.execute(
          sql`INSERT INTO user_scope (user_id, wilayah_code) VALUES (${row.id}, ${code})`,
        );
      }
      return row.id;
    },
    newPage,
    async loggedIn(viewport, path, username, password) {
      const page = await newPage(viewport);
      await loginAt(page, path, username, password);
      return page;
    },
  };
}
