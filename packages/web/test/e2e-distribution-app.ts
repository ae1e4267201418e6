import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { hashPassword } from "../../server/src/auth/password.ts";
import { readConfig } from "../../server/src/config.ts";
import type { TDatabase } from "../../server/src/db/database.ts";
import { openDatabase } from "../../server/src/db/open-database.ts";
import { buildApp } from "../../server/src/http/build-app.ts";
import { loadWilayah } from "../../server/src/wilayah/load-wilayah.ts";
import { familyNumbers, kecamatanDigits, makeFamily, makeUser } from "../../server/test/factories/index.ts";
import { loginAt } from "./e2e-actions.ts";
import { chromiumFlags, chromiumPath, hasChromium } from "./e2e-browser.ts";
import { ensureWebBuild } from "./e2e-server.ts";
import type { TViewport } from "./e2e-session.ts";

export { sql };

export interface TDistributionSession {
  /** The app's own database connection, for seeding what the importers would load. */
  database(): TDatabase;
  /** A new user with the password `kawal-demo` and its scopes (named `Uji <username>` unless given); returns its id. */
  makeUser(username: string, role: string, scopes: string[], fullName?: string): Promise<string>;
  /** Registry families in a desa, each with a named head; `names` in No. KK order. */
  makeFamilies(desa: string, names: readonly string[]): Promise<void>;
  newPage(viewport: TViewport): Promise<Page>;
  loggedIn(viewport: TViewport, path: string, username: string, password?: string): Promise<Page>;
}

/**
 * Like `useBrowserSession`, but the app runs in this test process on a fresh embedded database with the
 * regions loaded, so a test can write its users, families and distribution data (periods, agents,
 * payment lists, transactions) straight into it: the embedded database has one owner and cannot be
 * shared with a `kawal serve` child.
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
    // Regions only, not the demo: loading the demo in this process would hold its event loop for minutes.
    await loadWilayah(database);
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
    async makeUser(username, role, scopes, fullName = `Uji ${username}`) {
      const passwordHash = await hashPassword("kawal-demo");
      return (await makeUser(database.db, { username, role, scopes, passwordHash, fullName })).id;
    },
    async makeFamilies(desa, names) {
      for (const [i, nama] of names.entries()) {
        const serial = `${desa.slice(-2)}${String(i + 1).padStart(2, "0")}`;
        const { noKk } = familyNumbers(desa, serial);
        const nik = `${kecamatanDigits(desa)}410180${serial}`;
        await makeFamily(database.db, { desa, noKk, members: [{ nik, nama, jenisKelamin: "P" }] });
      }
    },
    newPage,
    async loggedIn(viewport, path, username, password) {
      const page = await newPage(viewport);
      await loginAt(page, path, username, password);
      return page;
    },
  };
}
