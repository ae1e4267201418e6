import { existsSync } from "node:fs";
import type { Locator, Page } from "playwright-core";

export const chromiumPath = "/usr/bin/chromium";
export const hasChromium = existsSync(chromiumPath);
const strict = process.env.KAWAL_TEST_STRICT === "1";
/** Without Chromium the browser tests are skipped, unless KAWAL_TEST_STRICT=1 (CI) makes that a failure. */
export const skipBrowser = !hasChromium && !strict;
if (skipBrowser) console.warn(`Chromium is missing at ${chromiumPath}: the browser tests are skipped.`);

export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
export const desktop = { width: 1280, height: 800 };
export const phone = { width: 360, height: 740 };

/** How far the page is wider than the viewport; a phone layout must never scroll sideways. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Mantine slides a collapsed navbar out of view rather than hiding it. */
export function offscreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element.getBoundingClientRect().right <= 0);
}

/** Fills the login form in Indonesian, the language a fresh browser starts in. */
export async function login(page: Page, username: string, password = "kawal-demo"): Promise<void> {
  await page.getByLabel("Nama pengguna", { exact: true }).fill(username);
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByTestId("login-submit").click();
}
