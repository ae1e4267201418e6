import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chromiumFlags,
  chromiumPath,
  hasChromium,
  horizontalOverflow,
  login,
  phone,
  skipBrowser as skip,
} from "./e2e-browser.ts";
import { ensureWebBuild, startServer, type TRunningServer } from "./e2e-server.ts";

describe.skipIf(skip)(`registry workflow in Chromium${skip ? " (skipped: Chromium is missing)" : ""}`, () => {
  let server: TRunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  // Unique per run, so a search finds the baby this test recorded and nothing else.
  const babyName = `Ayu Percobaan ${Date.now().toString(36).slice(-5)}`;

  async function newPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, baseURL: server.baseUrl, locale: "id-ID" });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    return page;
  }

  /** Logs in on a fresh page and waits until the session is there (the menu shows the user). */
  async function loggedIn(username: string): Promise<Page> {
    const page = await newPage(phone);
    await page.goto("/keluarga");
    await login(page, username);
    await page.getByTestId("registry-search").waitFor();
    return page;
  }

  /** Searches by name as a companion does and opens the first hit's family. */
  async function openFamily(page: Page, name: string): Promise<void> {
    await page.goto("/keluarga");
    await page.getByTestId("registry-search").fill(name);
    await page.getByTestId("registry-hit").first().click();
    await page.waitForURL(/\/keluarga\/[0-9a-f-]{36}$/);
    await page.getByTestId("family-page").waitFor();
  }

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`Chromium is missing at ${chromiumPath} (KAWAL_TEST_STRICT=1)`);
    ensureWebBuild();
    server = await startServer(150_000);
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
  }, 300_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it("lets the TKSK record a birth on a phone: field errors beside the fields, a retried tap stored once", async () => {
    const page = await loggedIn("tksk");
    await openFamily(page, "Slamet");
    const cards = page.getByTestId("member-card");
    await cards.first().waitFor();
    const before = await cards.count();

    await page.getByTestId("event-open").click();
    const form = page.getByTestId("life-event-form");
    await form.waitFor();
    expect(await page.getByTestId("event-kind").inputValue()).toBe("kelahiran");
    // Nothing filled: the form says what is missing and sends nothing.
    await page.getByTestId("event-submit").click();
    expect(await form.getByText("Wajib diisi").count()).toBe(3);

    await page.getByTestId("event-nama").fill(babyName);
    await page.getByTestId("event-sex").getByText("Perempuan", { exact: true }).click();
    await page.getByTestId("event-tanggal-lahir").fill("2025-01-15");
    // A NIK that cannot be one comes back from the server beside the NIK field.
    await page.getByTestId("event-nik").fill("1234");
    await page.getByTestId("event-submit").click();
    await page.locator('[data-testid="event-nik"][aria-invalid="true"]').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByTestId("event-nik").fill("");

    // The answer is lost on the way back: the tap is retried with the same key and stored once.
    let dropped = false;
    await page.route("**/api/registry/families/*/events", async (route) => {
      if (dropped) return route.continue();
      dropped = true;
      await route.fetch();
      await route.abort("failed");
    });
    await page.getByTestId("event-submit").click();
    await page
      .getByTestId("problem-alert")
      .getByText("Server tidak dapat dihubungi", { exact: false })
      .waitFor();
    await page.getByTestId("event-submit").click();
    await page.getByText("Peristiwa tercatat: Kelahiran").waitFor();
    await form.waitFor({ state: "detached" });

    const baby = cards.filter({ hasText: babyName });
    await baby.waitFor();
    expect(await baby.count()).toBe(1);
    expect(await cards.count()).toBe(before + 1);
    expect(await baby.textContent()).toContain("Perempuan");
    const latest = page.getByTestId("history-event").first();
    expect(await latest.textContent()).toContain("Kelahiran");
    expect(await latest.textContent()).toContain(babyName);
    expect(await latest.textContent()).toContain("Terjadi 15 Jan 2025");
    expect(await page.getByTestId("history-event").filter({ hasText: babyName }).count()).toBe(1);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // The newborn is found by name like anyone else.
    await openFamily(page, babyName);
    expect(await page.getByTestId("family-members").textContent()).toContain(babyName);
  });

  it("offers a pregnancy only for women, and shows the member's new state", async () => {
    const page = await loggedIn("tksk");
    await openFamily(page, babyName);
    await page.getByTestId("event-open").click();
    await page.getByTestId("event-kind").selectOption("hamil");
    const picker = page.getByTestId("event-member");
    const niks = (
      await picker.locator("option").evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value))
    ).filter(Boolean);
    expect(niks.length).toBeGreaterThan(0);
    // A woman's NIK carries her birth day plus 40; the newborn girl is too young to be offered.
    for (const nik of niks) expect(Number(nik.slice(6, 8))).toBeGreaterThan(40);
    await picker.selectOption(niks[0] ?? "");
    await page.getByTestId("event-catatan").fill("Kata bidan desa");
    await page.getByTestId("event-submit").click();
    await page.getByText("Peristiwa tercatat: Kehamilan").waitFor();
    const latest = page.getByTestId("history-event").first();
    await latest.getByText("Kehamilan").waitFor();
    expect(await latest.textContent()).toContain("Catatan: Kata bidan desa");
    await page.getByTestId("member-card").filter({ hasText: "Hamil" }).first().waitFor();

    // Once recorded she is no longer offered for a new pregnancy, only for its end.
    await page.getByTestId("event-open").click();
    await page.getByTestId("event-kind").selectOption("hamil_selesai");
    expect(await page.getByTestId("event-member").locator(`option[value="${niks[0]}"]`).count()).toBe(1);
    await page.getByTestId("event-kind").selectOption("hamil");
    expect(await page.getByTestId("event-member").locator(`option[value="${niks[0]}"]`).count()).toBe(0);
  });
});
