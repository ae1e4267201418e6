import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiPost, loginAt } from "./e2e-actions.ts";
import {
  chromiumFlags,
  chromiumPath,
  desktop,
  hasChromium,
  horizontalOverflow,
  phone,
  skipBrowser as skip,
} from "./e2e-browser.ts";
import { ensureWebBuild, startServer, type TRunningServer } from "./e2e-server.ts";

interface THit {
  familyId: string;
  nama: string;
  hubungan: string;
  desa: { code: string; name: string };
}

describe.skipIf(skip)(
  `companions' handover in Chromium${skip ? " (skipped: Chromium is missing)" : ""}`,
  () => {
    let server: TRunningServer;
    let browser: Browser;
    const contexts: BrowserContext[] = [];
    // Unique per run: the test makes its own companions and never relies on the demo's assignments.
    const run = Date.now().toString(36).slice(-5);
    const leaving = { username: `pkh-keluar-${run}`, fullName: `Bambang Keluar ${run}` };
    const successor = { username: `pkh-baru-${run}`, fullName: `Wulan Pengganti ${run}` };
    const password = "sandi-uji-panjang";
    let heads: THit[] = [];
    let handoverUrl = "";

    async function newPage(viewport: { width: number; height: number }): Promise<Page> {
      const context = await browser.newContext({ viewport, baseURL: server.baseUrl, locale: "id-ID" });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      return page;
    }

    beforeAll(async () => {
      if (!hasChromium) throw new Error(`Chromium is missing at ${chromiumPath} (KAWAL_TEST_STRICT=1)`);
      ensureWebBuild();
      server = await startServer(150_000);
      browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });

      // Three family heads, and a desa none of them lives in for the successor's own area.
      const admin = await newPage(desktop);
      await loginAt(admin, "/", "admin");
      const search = await apiPost(admin, "/api/registry/search", { q: "ana" });
      expect(search.status, search.text).toBe(200);
      const hits = (JSON.parse(search.text) as { items: THit[] }).items.filter(
        (h) => h.hubungan === "kepala",
      );
      const seen = new Set<string>();
      heads = hits.filter((h) => !seen.has(h.familyId) && seen.add(h.familyId)).slice(0, 3);
      expect(heads).toHaveLength(3);
      const headDesa = new Set(heads.map((h) => h.desa.code));
      const desa = heads[0]?.desa.code ?? "";
      const otherDesa = hits.find((h) => !headDesa.has(h.desa.code))?.desa.code ?? "";
      expect(otherDesa).not.toBe("");
      for (const [user, scope] of [
        [leaving, desa],
        [successor, otherDesa],
      ] as const) {
        const created = await apiPost(admin, "/api/users", {
          username: user.username,
          fullName: user.fullName,
          role: "pendamping_pkh",
          password,
          scopes: [scope],
        });
        expect(created.status, created.text).toBe(201);
        Object.assign(user, { id: (JSON.parse(created.text) as { id: string }).id });
      }
      // The Dinas officer gives the departing companion the three families.
      const assigned = await apiPost(admin, "/api/caseload/families", {
        userId: (leaving as { id?: string }).id,
        familyIds: heads.map((h) => h.familyId),
        mulai: "2025-01-01",
      });
      expect(assigned.status, assigned.text).toBe(201);
    }, 300_000);

    afterAll(async () => {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser?.close();
      await server?.stop();
    });

    it("lets a Dinas officer hand a departing PKH companion's families over and print the letters", async () => {
      const page = await newPage(desktop);
      await loginAt(page, "/pendamping", "dinsos");
      const row = page.getByTestId(`companion-row-${leaving.username}`);
      await row.waitFor();
      expect(await row.textContent()).toContain("3");
      // The officer opens the departing companion's caseload: the three families.
      await row.getByRole("button", { name: leaving.fullName }).click();
      const drawer = page.getByRole("dialog");
      await drawer.getByTestId("my-family").first().waitFor();
      expect(await drawer.getByTestId("my-family").count()).toBe(3);
      await page.keyboard.press("Escape");
      await drawer.waitFor({ state: "detached" });

      const form = page.getByTestId("handover-form");
      // Nothing chosen: the form names what is missing and sends nothing.
      await page.getByTestId("handover-submit").click();
      await form.getByText("wajib diisi").first().waitFor();
      expect(await form.getByText("wajib diisi").count()).toBeGreaterThanOrEqual(2);

      await page.getByTestId("handover-dari").fill(leaving.fullName);
      await page.getByRole("option", { name: new RegExp(leaving.fullName) }).click();
      await page.getByTestId("handover-ke").fill(successor.fullName);
      await page.getByRole("option", { name: new RegExp(successor.fullName) }).click();
      await page.getByTestId("handover-alasan").fill("Mengundurkan diri");
      await page.getByTestId("handover-submit").click();
      const confirmText = page.getByTestId("handover-confirm-text");
      await confirmText.waitFor();
      expect(await confirmText.textContent()).toContain("3 keluarga");
      await page.getByTestId("handover-confirm").click();

      await page.getByTestId("handover-page").waitFor();
      handoverUrl = new URL(page.url()).pathname + new URL(page.url()).search;
      expect(await page.getByTestId("handover-progress").textContent()).toContain("0 dari 3");
      expect(await page.getByTestId("handover-family").count()).toBe(3);

      // "Cetak surat undangan": the link answers a PDF with one page per family.
      const href = (await page.getByTestId("handover-print").getAttribute("href")) ?? "";
      const pdf = await page.context().request.get(href);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()["content-type"]).toMatch(/^application\/pdf/);
      const body = (await pdf.body()).toString("latin1");
      expect(body.startsWith("%PDF")).toBe(true);
      expect(body.match(/\/Type \/Page\b/g)).toHaveLength(3);

      // The officer records that one family was told.
      await page.getByTestId("handover-mark-informed").first().click();
      await page.getByTestId("handover-progress").getByText("1 dari 3").waitFor();

      // The officer sets its kabupaten's PKH norm; the successor, now with three families, is held to it.
      await page.goto("/pendamping");
      const norms = page.getByTestId("norms-form");
      await norms.waitFor();
      expect(await page.getByTestId("norms-target-name").textContent()).toContain("35.17");
      expect(await page.getByTestId("norms-source-pendamping_pkh").textContent()).toContain("ikut nasional");
      await page.getByTestId("norms-pendamping_pkh").fill("2");
      await page.getByTestId("norms-save").click();
      await page.getByTestId("norms-source-pendamping_pkh").getByText("norma kabupaten/kota").waitFor();
      await page.getByTestId(`companion-row-${successor.username}`).getByText("150%").waitFor();
      // And back to the national norm: the kabupaten follows it again.
      await page.getByTestId("norms-follow-national-pendamping_pkh").click();
      await page.getByTestId("norms-source-pendamping_pkh").getByText("ikut nasional").waitFor();
      await page.getByTestId(`companion-row-${successor.username}`).getByText("1%").waitFor();

      // On a phone the page fits the screen: the table scrolls inside its own box, the map fits.
      const small = await newPage(phone);
      await loginAt(small, "/pendamping", "dinsos");
      await small.getByTestId(`companion-row-${leaving.username}`).waitFor();
      await small.getByTestId("handover-card").first().waitFor();
      expect(await horizontalOverflow(small)).toBeLessThanOrEqual(0);
    });

    it("shows the new companion its families in 'Dampingan saya' on a phone", async () => {
      const page = await newPage(phone);
      await loginAt(page, "/pendamping", successor.username, password);
      const mine = page.getByTestId("my-caseload");
      await mine.waitFor();
      const families = page.getByTestId("my-family");
      await families.first().waitFor();
      expect(await families.count()).toBe(3);
      const text = (await page.getByTestId("my-families").textContent()) ?? "";
      for (const head of heads) expect(text).toContain(head.nama);
      // The handover it must still tell families about is listed (its own query: wait for it).
      const handovers = page.getByTestId("handover-card");
      await handovers.first().waitFor();
      expect(await handovers.count()).toBe(1);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

      // Its area now covers the families' desa: the family page opens.
      await families.first().getByRole("link").click();
      await page.waitForURL(/\/keluarga\/[0-9a-f-]{36}$/);
      await page.getByTestId("family-page").waitFor();

      // And the handover page lets it mark the others.
      await page.goto(handoverUrl);
      await page.getByTestId("handover-page").waitFor();
      expect(await page.getByTestId("handover-mark-informed").count()).toBe(2);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  },
);
