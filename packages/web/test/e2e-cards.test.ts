import { describe, expect, it } from "vitest";
import { desktop, horizontalOverflow, phone, skipBrowser as skip } from "./e2e-browser.ts";
import { useBrowserSession } from "./e2e-session.ts";

/** A 16-digit card number no demo card has. */
const noKks = `6019${String(Date.now()).slice(-12)}`;

describe.skipIf(skip)(
  `KKS cards and custody flags in Chromium${skip ? " (skipped: Chromium is missing)" : ""}`,
  () => {
    const { loggedIn } = useBrowserSession();

    it("flags a card a TKSK takes for Dinas Sosial, and clears the flag once the family has it", async () => {
      // Dinas Sosial registers a card for a family, found through the registry search.
      const dinsos = await loggedIn(desktop, "/kartu", "dinsos");
      await dinsos.getByTestId("card-flags").waitFor();
      await dinsos.getByTestId("card-family-search").fill("Slamet");
      await dinsos.getByTestId("card-family-hit").first().getByRole("button").click();
      await dinsos.getByTestId("family-cards").waitFor();
      await dinsos.getByTestId("card-register-open").click();
      // Bad input: the form names the field and sends nothing.
      await dinsos.getByTestId("card-register-nokks").fill("12345");
      await dinsos.getByTestId("card-register-bank").fill("BNI");
      await dinsos.getByTestId("card-register-submit").click();
      await dinsos
        .getByTestId("card-register-form")
        .getByText("No. KKS harus 16 digit angka", { exact: true })
        .waitFor();
      await dinsos.getByTestId("card-register-nokks").fill(noKks);
      await dinsos.getByTestId("card-register-submit").click();
      await dinsos.waitForURL(/\/kartu\?kartu=[0-9a-f-]{36}$/);
      const cardId = new URL(dinsos.url()).searchParams.get("kartu") ?? "";
      expect(dinsos.url()).not.toContain(noKks);
      await dinsos.getByTestId("card-status").and(dinsos.locator('[data-status="dicetak"]')).waitFor();
      expect(await dinsos.getByTestId("card-holder").getAttribute("data-holder")).toBe("bank");

      // The TKSK, on a phone, records that it took the card itself.
      const tksk = await loggedIn(phone, `/kartu?kartu=${cardId}`, "tksk");
      await tksk.getByTestId("card-detail").waitFor();
      await tksk.getByTestId("card-event-open").click();
      await tksk.getByTestId("card-event-mode").getByText("Serah terima (pemegang berganti)").click();
      await tksk.getByTestId("card-event-holder-kind").selectOption("staf");
      const staff = tksk.getByTestId("card-event-staff");
      await staff.locator("option").nth(1).waitFor({ state: "attached" });
      expect(await staff.locator("option").nth(1).textContent()).toContain("(saya)");
      await staff.selectOption({ index: 1 });
      await tksk.getByTestId("card-event-staff-warning").waitFor();
      await tksk.getByTestId("card-event-submit").click();
      await tksk.getByTestId("card-event-form").waitFor({ state: "detached" });
      await tksk.getByTestId("card-detail-flag").waitFor();
      expect(await tksk.getByTestId("card-holder").getAttribute("data-holder")).toBe("staf");
      expect(await tksk.getByTestId("card-history-item").count()).toBe(2);
      expect(await horizontalOverflow(tksk)).toBeLessThanOrEqual(0);

      // Dinas Sosial sees it flagged at once: a companion holds it.
      await dinsos.goto("/kartu");
      const flag = dinsos.locator(`[data-testid="card-flag"][data-card-id="${cardId}"]`);
      await flag.waitFor();
      expect(await flag.getByTestId("card-flag-why").textContent()).toBe("dipegang pendamping");
      // Flagged on the day it was taken: the server counts days on the latest calendar date begun in
      // Indonesia (WIT), which may already be tomorrow for a browser clock in UTC.
      expect(await flag.getByTestId("card-flag-days").textContent()).toMatch(/^[01] hari$/);
      expect(await flag.textContent()).not.toContain(noKks);

      // The TKSK hands it to the family; the flag is gone.
      await tksk.getByTestId("card-event-open").click();
      await tksk.getByTestId("card-event-status").selectOption("diserahkan");
      await tksk.getByTestId("card-event-submit").click();
      await tksk.getByTestId("card-event-form").getByText("Wajib diisi").waitFor();
      await tksk.getByTestId("card-event-holder-name").fill("Slamet");
      await tksk.getByTestId("card-event-submit").click();
      await tksk.getByTestId("card-status").and(tksk.locator('[data-status="diserahkan"]')).waitFor();
      expect(await tksk.getByTestId("card-holder").getAttribute("data-holder")).toBe("keluarga");
      expect(await tksk.getByTestId("card-detail-flag").count()).toBe(0);

      // The list page fits the phone too: flags and search stacked, nothing wider than the screen.
      await tksk.goto("/kartu");
      await tksk
        .getByTestId("card-flags")
        .getByText(/lebih dari \d+ hari/)
        .waitFor();
      await tksk.getByTestId("card-family-search").waitFor();
      expect(await horizontalOverflow(tksk)).toBeLessThanOrEqual(0);

      await dinsos.reload();
      await dinsos
        .getByTestId("card-flags")
        .getByText(/lebih dari \d+ hari/)
        .waitFor();
      expect(await flag.count()).toBe(0);
    });
  },
);
