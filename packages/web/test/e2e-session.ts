import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { loginAt } from "./e2e-actions.ts";
import { chromiumFlags, chromiumPath, hasChromium } from "./e2e-browser.ts";
import { ensureWebBuild, startServer, type TRunningServer } from "./e2e-server.ts";

export interface TViewport {
  width: number;
  height: number;
}

export interface TBrowserSession {
  /** A fresh browser context (its own cookies) with one page, in Indonesian, at this viewport. */
  newPage(viewport: TViewport): Promise<Page>;
  /** A fresh page at this viewport, logged in from `path` and waiting there. */
  loggedIn(viewport: TViewport, path: string, username: string, password?: string): Promise<Page>;
}

/**
 * Registers, in the calling `describe`, the hooks every browser test shares: build the app if stale,
 * start `kawal serve` on a fresh embedded database, launch Chromium; afterwards close every page's
 * context, the browser and the server.
 */
export function useBrowserSession(
  options: { serverTimeoutMs?: number; setupTimeoutMs?: number; pageTimeoutMs?: number } = {},
): TBrowserSession {
  const { serverTimeoutMs = 150_000, setupTimeoutMs = 300_000, pageTimeoutMs = 30_000 } = options;
  let server: TRunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`Chromium is missing at ${chromiumPath} (KAWAL_TEST_STRICT=1)`);
    ensureWebBuild();
    server = await startServer(serverTimeoutMs);
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
  }, setupTimeoutMs);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  async function newPage(viewport: TViewport): Promise<Page> {
    const context = await browser.newContext({ viewport, baseURL: server.baseUrl, locale: "id-ID" });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(pageTimeoutMs);
    return page;
  }

  async function loggedIn(viewport: TViewport, path: string, username: string, password?: string) {
    const page = await newPage(viewport);
    await loginAt(page, path, username, password);
    return page;
  }

  return { newPage, loggedIn };
}
