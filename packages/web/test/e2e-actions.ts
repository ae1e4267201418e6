import type { Page } from "playwright-core";
import { login } from "./e2e-browser.ts";

/** Logs in from `path` and waits until the page there has loaded in the new session. */
export async function loginAt(page: Page, path: string, username: string, password?: string): Promise<void> {
  await page.goto(path);
  await login(page, username, password);
  await page.getByTestId("user-box").waitFor({ state: "attached" });
}

/** Searches by name as a companion does and opens the first hit's family. */
export async function openFamily(page: Page, name: string): Promise<void> {
  await page.goto("/keluarga");
  await page.getByTestId("registry-search").fill(name);
  await page.getByTestId("registry-hit").first().click();
  await page.waitForURL(/\/keluarga\/[0-9a-f-]{36}$/);
  await page.getByTestId("family-page").waitFor();
}

/** A write through the API in this page's session, with its CSRF token, as the app sends it. */
export function apiPost(
  page: Page,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  return page.evaluate(
    async ({ path, body, headers }) => {
      const { csrfToken } = await (await fetch("/api/auth/csrf")).json();
      const response = await fetch(path, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": csrfToken, ...headers },
        body: JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    },
    { path, body, headers },
  );
}
