import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiPost } from "./e2e-actions.ts";
import { horizontalOverflow, phone, skipBrowser as skip } from "./e2e-browser.ts";
import { useBrowserSession } from "./e2e-session.ts";

describe.skipIf(skip)(`duplicate review in Chromium${skip ? " (skipped: Chromium is missing)" : ""}`, () => {
  const { loggedIn } = useBrowserSession();
  const suffix = Date.now().toString(36).slice(-5);
  const twin = `Kembar Uji ${suffix}`;
  const other = `Serupa Uji ${suffix}`;

  /** The same child born into two families: a name and birth date alike make a likely duplicate. */
  async function plantPair(page: Page, familyIds: string[], nama: string, tanggalLahir: string) {
    for (const familyId of familyIds) {
      const birth = { kind: "kelahiran", nama, jenisKelamin: "L", tanggalLahir };
      const recorded = await apiPost(page, `/api/registry/families/${familyId}/events`, birth, {
        "idempotency-key": randomUUID(),
      });
      expect(recorded.status, recorded.text).toBe(201);
    }
  }

  it("lets the TKSK scan the area, merge a pair keeping one, and dismiss another, on a phone", async () => {
    const page = await loggedIn(phone, "/duplikat", "tksk");
    const search = await apiPost(page, "/api/registry/search", { q: "Sri", limit: 20 });
    const hits = JSON.parse(search.text).items as { familyId: string }[];
    const families = [...new Set(hits.map((hit) => hit.familyId))].slice(0, 2);
    expect(families).toHaveLength(2);
    await plantPair(page, families, twin, "2024-02-02");
    await plantPair(page, families, other, "2024-03-03");

    expect(await page.getByTestId("nav-duplikat").textContent()).toBe("Data ganda");
    await page.getByTestId("duplicate-scan-start").click();
    // A scan of the demo's 9,000 members takes about 40 s on the embedded database.
    await page.getByTestId("duplicate-scan-done").waitFor({ timeout: 150_000 });
    const pair = page.getByTestId("duplicate-pair").filter({ hasText: twin });
    await pair.waitFor();
    expect(await pair.textContent()).toContain("Nama mirip");
    // Lists never show whole numbers, on either side.
    expect(await pair.getByTestId("duplicate-a").textContent()).toContain("•");
    expect(await pair.getByTestId("duplicate-b").textContent()).toContain("•");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await pair.getByTestId("duplicate-a-keep").click();
    await page.getByTestId("duplicate-confirm").getByText("dipertahankan", { exact: false }).waitFor();
    await page.getByTestId("duplicate-confirm-submit").click();
    await page.getByText("Data digabung").waitFor();
    await pair.waitFor({ state: "detached" });

    const second = page.getByTestId("duplicate-pair").filter({ hasText: other });
    await second.getByTestId("duplicate-dismiss").click();
    await page.getByTestId("duplicate-confirm-submit").click();
    await page.getByText("Ditandai sebagai dua orang berbeda").waitFor();
    await second.waitFor({ state: "detached" });

    await page.getByTestId("duplicate-views").getByText("Bukan ganda", { exact: true }).click();
    await page.getByTestId("duplicate-pair").filter({ hasText: other }).waitFor();
    await page.getByTestId("duplicate-views").getByText("Digabung", { exact: true }).click();
    const merged = page.getByTestId("duplicate-pair").filter({ hasText: twin });
    await merged.waitFor();
    // The record not kept is marked as a duplicate on its family, with the event in its history.
    await merged.getByTestId("duplicate-b").getByText("Buka keluarga").click();
    await page.getByTestId("family-page").waitFor();
    await page.getByTestId("member-card").filter({ hasText: twin }).getByText("Data ganda").waitFor();
    const event = page.getByTestId("history-event").first();
    expect(await event.textContent()).toContain("Digabung sebagai data ganda");
    await event.getByText("Lihat data yang dipertahankan").waitFor();
  }, 240_000);
});
