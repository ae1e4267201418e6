import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { apiPost } from "./e2e-actions.ts";
import { desktop, horizontalOverflow, phone, skipBrowser as skip } from "./e2e-browser.ts";
import { useBrowserSession } from "./e2e-session.ts";

const DESA = "35.17.18.2003";
// A month no demo list uses, so the test's list is the period's only one.
const PERIODE = "2031-01";

interface TListed {
  noKk: string;
  nik: string;
}

/** Families of DESA with their full numbers, read as Dinas Sosial may (registry.full_number). */
async function familiesOf(page: Page, count: number): Promise<TListed[]> {
  const found = new Map<string, TListed>();
  for (const q of ["Siti", "Sri", "Slamet", "Budi", "Dewi", "Agus", "Wati", "Suparmi", "Joko"]) {
    const search = await apiPost(page, "/api/registry/search", { q, limit: 50 });
    const hits = (JSON.parse(search.text) as { items: { familyId: string; desa: { code: string } }[] }).items;
    for (const hit of hits.filter((h) => h.desa.code === DESA)) {
      if (found.size >= count || found.has(hit.familyId)) continue;
      const response = await page.context().request.get(`/api/registry/families/${hit.familyId}`);
      const family = (await response.json()) as {
        noKk: string;
        status: string;
        members: { nik: string; status: string; hubungan: string }[];
      };
      const holder = family.members.find((m) => m.status === "aktif");
      if (family.status === "aktif" && holder)
        found.set(hit.familyId, { noKk: family.noKk, nik: holder.nik });
    }
    if (found.size >= count) break;
  }
  return [...found.values()];
}

describe.skipIf(skip)(
  `payment lists and agents in Chromium${skip ? " (skipped: Chromium is missing)" : ""}`,
  () => {
    const { loggedIn } = useBrowserSession();
    const folder = mkdtempSync(join(tmpdir(), "kawal-e2e-daftar-"));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it("lets Dinas Sosial upload a payment list, see it per desa, open the desa and mark it injected", async () => {
      const page = await loggedIn(desktop, "/impor", "dinsos");
      const families = await familiesOf(page, 3);
      expect(families).toHaveLength(3);
      const csvPath = join(folder, "daftar-bayar.csv");
      writeFileSync(
        csvPath,
        `periode,program,no_kk,nik_pengurus,nominal,no_kks,bank\n${families
          .map((f, i) => `${PERIODE},SEMBAKO,${f.noKk},${f.nik},Rp200.000,60190099000000${10 + i},BRI`)
          .join("\n")}\n`,
      );

      await page.getByTestId("import-kind").getByText("Daftar bayar (SP2D)").click();
      await page.getByTestId("import-help").getByText("no_kks", { exact: true }).waitFor();
      await page.getByTestId("import-form").locator('input[type="file"]').setInputFiles(csvPath);
      await page.getByTestId("import-submit").click();
      const done = page.getByTestId("import-done");
      await done.waitFor();
      expect(await page.getByTestId("import-done-count").textContent()).toContain("3");
      expect(await page.getByTestId("import-opened-periods").textContent()).toContain(`SEMBAKO ${PERIODE}`);

      await page.goto("/penyaluran/daftar");
      await page
        .getByTestId("daftar-periode")
        .locator(`option[value="${PERIODE}"]`)
        .waitFor({ state: "attached" });
      await page.getByTestId("daftar-periode").selectOption(PERIODE);
      const row = page.getByTestId(`payment-summary-${DESA}`);
      await row.waitFor();
      expect(await row.locator("td").nth(1).textContent()).toBe("3");
      await row.getByTestId("count-belum").getByText("3").waitFor();

      // The desa's list: three families, numbers masked.
      await row.getByTestId("payment-summary-open").click();
      await page.waitForURL(/\/penyaluran\/daftar\/35\.17\.18\.2003$/);
      const list = page.getByTestId("payment-list");
      await list.getByTestId("payment-list-row").nth(2).waitFor();
      expect(await list.getByTestId("payment-list-row").count()).toBe(3);
      const text = (await list.textContent()) ?? "";
      for (const f of families) expect(text).not.toContain(f.noKk);
      expect(text).toMatch(/6019•+00\d\d/);

      // The bank's news, marked by Dinas Sosial for this desa.
      await page.getByTestId("injection-desa").selectOption(DESA);
      await page.getByTestId("injection-status").selectOption("terinjek");
      await page.getByTestId("injection-date").fill("2031-01-05");
      await page.getByTestId("injection-submit").click();
      await row.getByTestId("count-terinjek").getByText("3").waitFor();
      expect(await row.getByTestId("count-belum").count()).toBe(0);
      await list.getByTestId("payment-status").getByText("terinjek").first().waitFor();
      expect(await list.getByText("2031-01-05").count()).toBe(3);
    });

    it("fits the tab on a 360-px phone", async () => {
      const page = await loggedIn(phone, "/penyaluran/daftar", "dinsos");
      await page
        .getByTestId("daftar-periode")
        .locator(`option[value="${PERIODE}"]`)
        .waitFor({ state: "attached" });
      await page.getByTestId("daftar-periode").selectOption(PERIODE);
      await page.getByTestId(`payment-summary-${DESA}`).waitFor();
      await page.getByTestId("agents-table").waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.goto("/impor");
      await page.getByTestId("import-kind").waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  },
);
