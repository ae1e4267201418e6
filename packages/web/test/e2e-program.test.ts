import { describe, expect, it } from "vitest";
import { openFamily } from "./e2e-actions.ts";
import { desktop, horizontalOverflow, phone, skipBrowser as skip } from "./e2e-browser.ts";
import { useBrowserSession } from "./e2e-session.ts";

describe.skipIf(skip)(`programme pages in Chromium${skip ? " (skipped: Chromium is missing)" : ""}`, () => {
  const { loggedIn } = useBrowserSession();

  it("shows the catalogue and lets the admin add a rule version, with errors beside the fields", async () => {
    const page = await loggedIn(desktop, "/program", "admin");
    const pkh = page.getByTestId("program-PKH");
    await pkh.getByTestId("rule-in-force-pkh_indeks").getByText("Anak SD / sederajat: Rp").waitFor();
    await pkh.getByTestId("rule-add").click();
    const form = page.getByTestId("rule-form-PKH");
    await form.getByTestId("rule-rule").selectOption("pkh_batas_komponen");
    await form.getByTestId("rule-value.maks").fill("");
    await form.getByTestId("rule-submit").click();
    // Checked before sending, in the user's language, beside each field.
    await form.getByText("batas komponen harus bilangan bulat 1–20").waitFor();
    await form.getByText("tanggal harus YYYY-MM-DD").waitFor();

    // A date that already has a version: the server refuses it and the message sits under the date.
    await form.getByTestId("rule-value.maks").fill("5");
    await form.getByTestId("rule-berlakuMulai").fill("2021-01-01");
    await form.getByTestId("rule-submit").click();
    await form
      .getByText("Versi aturan ini yang berlaku mulai 2021-01-01 sudah ada; riwayat tidak diubah", {
        exact: true,
      })
      .waitFor();

    await form.getByTestId("rule-berlakuMulai").fill("2099-01-01");
    await form.getByTestId("rule-submit").click();
    await form.waitFor({ state: "detached" });
    await pkh.getByTestId("rule-history-toggle").click();
    const history = pkh.getByTestId("rule-history-PKH");
    await history.getByText("Paling banyak 5 komponen per keluarga").waitFor();
    // Not in force yet: today's rule still says four.
    await pkh.getByTestId("rule-in-force-pkh_batas_komponen").getByText("Paling banyak 4 komponen").waitFor();
  });

  it("explains a family's PKH entitlement on a phone, stage by stage", async () => {
    const page = await loggedIn(phone, "/keluarga", "tksk");
    await openFamily(page, "Slamet");
    const section = page.getByTestId("family-entitlement");
    await section.getByTestId("entitlement-amount").waitFor();
    expect(await section.getByTestId("entitlement-amount").textContent()).toMatch(/^Hak tahap \d: Rp/);
    await section.getByTestId("entitlement-tahap").selectOption("1");
    const countedOn = section.getByText("hari pertama tahap");
    await countedOn.waitFor();
    expect(await countedOn.textContent()).toMatch(/pada 1 Jan \d{4}/);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.goto("/program");
    await page.getByTestId("program-SEMBAKO").waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
