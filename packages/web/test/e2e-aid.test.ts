import { describe, expect, it } from "vitest";
import { desktop, horizontalOverflow, phone, skipBrowser as skip } from "./e2e-browser.ts";
import { useBrowserSession } from "./e2e-session.ts";

const DESA = "35.17.18.2003";

describe.skipIf(skip)(
  `other aid and the Tikor lists in Chromium${skip ? " (skipped: Chromium is missing)" : ""}`,
  () => {
    const { loggedIn } = useBrowserSession();

    it("takes the TKSK from a desa's lists to a family without aid, records a gift, and the lists follow", async () => {
      const page = await loggedIn(desktop, "/bantuan", "tksk");
      const summary = page.getByTestId("aid-summary-table");
      await summary.getByTestId(`aid-summary-${DESA}`).waitFor();
      expect(await summary.locator("tbody tr").count()).toBe(11);
      await summary.getByTestId(`aid-summary-${DESA}`).getByRole("button").click();
      await page.waitForURL(/\/bantuan\?desa=35\.17\.18\.2003$/);
      const without = page.getByTestId("aid-without-item");
      await without.first().waitFor();
      expect(await page.getByTestId("aid-piled-item").count()).toBeGreaterThan(0);
      const before = await without.count();

      // The Tikor list downloads as CSV, numbers masked for the TKSK's list.
      const href = (await page.getByTestId("aid-export-csv").getAttribute("href")) ?? "";
      const csv = await page.context().request.get(href);
      expect(csv.status()).toBe(200);
      expect(await csv.text()).toMatch(/^daftar,kode_desa,desa,no_kk/);

      // The first eligible family with nothing: open its page and record a gift.
      const first = without.first();
      const head = (await first.getByRole("link").textContent()) ?? "";
      await first.getByRole("link").click();
      await page.waitForURL(/\/keluarga\/[0-9a-f-]{36}$/);
      const section = page.getByTestId("family-aid");
      await section.getByTestId("aid-programs").getByText("tidak ada").waitFor();
      await section.getByTestId("aid-open").click();
      // Bad input: the form names the fields and sends nothing.
      await page.getByTestId("aid-nilai").fill("150,000");
      await page.getByTestId("aid-submit").click();
      await section.getByText("nama pemberi wajib diisi").waitFor();
      await section.getByText(/nilai harus rupiah bulat/).waitFor();
      await page.getByTestId("aid-jenis-pemberi").selectOption("masjid");
      await page.getByTestId("aid-pemberi").fill("Masjid Al-Ikhlas");
      await page.getByTestId("aid-nilai").fill("Rp150.000");
      await page.getByTestId("aid-uraian").fill("Beras 10 kg");
      await page.getByTestId("aid-submit").click();
      await page.getByTestId("aid-form").waitFor({ state: "detached" });
      await section.getByTestId("aid-list").getByText("Masjid Al-Ikhlas").waitFor();
      expect(await section.getByTestId("aid-summary").textContent()).toMatch(
        /1 bantuan lain, total Rp\s?150\.000/,
      );

      // Back on the lists, the family has left the 'eligible but nothing' list.
      await page.goto(`/bantuan?desa=${DESA}`);
      await without.first().waitFor();
      expect(await without.count()).toBe(before - 1);
      expect(await page.getByTestId("aid-without").textContent()).not.toContain(head);
      // The desa's ledger lists the new gift first, with the family's head.
      const newest = page.getByTestId("aid-ledger-row").first();
      await newest.getByText("Masjid Al-Ikhlas").waitFor();
      expect(await newest.textContent()).toContain(head);
    });

    it("fits the lists on a 360-px phone, one above the other", async () => {
      const page = await loggedIn(phone, `/bantuan?desa=${DESA}`, "psm03");
      await page.getByTestId("aid-without-item").first().waitFor();
      const piled = await page.getByTestId("aid-piled").boundingBox();
      const without = await page.getByTestId("aid-without").boundingBox();
      expect((without?.y ?? 0) > (piled?.y ?? 0) + (piled?.height ?? 0) - 1).toBe(true);
      expect(await page.getByTestId("aid-summary-table").locator("tbody tr").count()).toBe(1);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  },
);
