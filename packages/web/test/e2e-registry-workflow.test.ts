import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { earliestLocalDate } from "@kawal/core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiPost, openFamily } from "./e2e-actions.ts";
import { horizontalOverflow, phone, skipBrowser as skip } from "./e2e-browser.ts";
import { useBrowserSession } from "./e2e-session.ts";

describe.skipIf(skip)(`registry workflow in Chromium${skip ? " (skipped: Chromium is missing)" : ""}`, () => {
  const session = useBrowserSession();
  // Unique per run, so a search finds the baby this test recorded and nothing else.
  const babyName = `Ayu Percobaan ${Date.now().toString(36).slice(-5)}`;

  const folder = mkdtempSync(join(tmpdir(), "kawal-e2e-usulan-"));
  const minutesPath = join(folder, "berita-acara-musdes.pdf");

  /** A fresh phone-sized page, logged in and on the family search. */
  const loggedIn = (username: string, password?: string): Promise<Page> =>
    session.loggedIn(phone, "/keluarga", username, password);

  beforeAll(async () => {
    // Only the first bytes matter to the server's check: a PDF starts with "%PDF-".
    writeFileSync(minutesPath, "%PDF-1.4\n% berita acara musdes uji\n%%EOF\n");
  });

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
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
    await form.getByText("Wajib diisi").first().waitFor();
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

  it("takes a member's removal from the desa operator through musdes and verval to the Dinas decision", async () => {
    // The TKSK picks a family; the desa it lives in becomes the new operator's area.
    const tksk = await loggedIn("tksk");
    await openFamily(tksk, "Sutrisno");
    const familyUrl = new URL(tksk.url()).pathname;
    const desaHref = await tksk
      .getByTestId("family-header")
      .locator('a[href^="/wilayah/"]')
      .getAttribute("href");
    const desaCode = desaHref?.split("/").pop() ?? "";
    expect(desaCode).toMatch(/^35\.17\.18\.\d{4}$/);

    // The demo has no desa operator: the administrator makes one through the API.
    const admin = await loggedIn("admin");
    const operatorName = `operator.${Date.now().toString(36).slice(-5)}`;
    const created = await apiPost(admin, "/api/users", {
      username: operatorName,
      fullName: "Operator Desa Uji",
      role: "operator_desa",
      password: "sandi-operator-uji",
      scopes: [desaCode],
    });
    expect(created.status, created.text).toBe(201);

    // The operator proposes removing a member who died.
    const operator = await loggedIn(operatorName, "sandi-operator-uji");
    await operator.goto(familyUrl);
    await operator.getByTestId("usulan-open").click();
    const form = operator.getByTestId("usulan-propose-form");
    await form.waitFor();
    expect(await operator.getByTestId("usulan-target").inputValue()).toBe("member");
    const options = operator.getByTestId("usulan-member").locator("option");
    const last = options.last();
    const nik = (await last.getAttribute("value")) ?? "";
    const memberName = ((await last.textContent()) ?? "").split(" · ")[0] ?? "";
    expect(nik).toMatch(/^\d{16}$|^LAHIR/);
    await operator.getByTestId("usulan-member").selectOption(nik);
    await operator.getByTestId("usulan-reason").selectOption("meninggal");
    await operator.getByTestId("usulan-tanggal").fill("2025-10-30");
    await operator.getByTestId("usulan-note").fill("Meninggal dunia, surat kematian dari desa");
    expect(await horizontalOverflow(operator)).toBeLessThanOrEqual(0);
    await operator.getByTestId("usulan-submit").click();
    await operator.waitForURL(/\/usulan\/[0-9a-f-]{36}$/);
    const usulanPath = new URL(operator.url()).pathname;
    const usulanId = usulanPath.split("/").pop() ?? "";
    await operator.getByTestId("usulan-detail-status").getByText("Diusulkan").waitFor();
    expect(await operator.getByTestId("usulan-summary").textContent()).toContain("Hapus anggota · Meninggal");
    expect(await operator.getByTestId("nav-usulan").textContent()).toBe("Usulan DTKS");
    // The operator may deliberate but never decide.
    await operator.getByTestId("musdes-form").waitFor();
    expect(await operator.getByTestId("keputusan-form").count()).toBe(0);
    expect(await horizontalOverflow(operator)).toBeLessThanOrEqual(0);

    // The TKSK finds it among the proposals waiting for them, records the musdes and verifies it.
    await tksk.getByTestId("burger").click();
    await tksk.getByTestId("nav-usulan").getByText("Usulan DTKS").click();
    await tksk.waitForURL(/\/usulan$/);
    // Roles that take steps start on the proposals waiting for them.
    await tksk.getByTestId("usulan-list").waitFor();
    expect(await tksk.getByTestId("usulan-view-aksi").isChecked()).toBe(true);
    await tksk.locator(`a[href="${usulanPath}"]`).click();
    await tksk.getByTestId("musdes-form").waitFor();
    // The deliberation is held today (in WIB): not before the proposal made above, not in the future.
    await tksk.getByTestId("musdes-tanggal").fill(earliestLocalDate(new Date()));
    await tksk.getByTestId("musdes-form").locator('input[type="file"]').setInputFiles(minutesPath);
    await tksk.getByTestId("musdes-submit").click();
    await tksk.getByTestId("usulan-detail-status").getByText("Musdes tercatat").waitFor();
    await tksk.getByTestId("usulan-minutes").waitFor();
    await tksk.getByTestId("verval-form-note").fill("Dicek ke rumah, benar meninggal");
    await tksk.getByTestId("verval-form-submit").click();
    await tksk.getByTestId("usulan-detail-status").getByText("Terverifikasi").waitFor();
    // Deciding is for Dinas Sosial: the TKSK has nothing left to do here.
    await tksk.getByTestId("usulan-no-actions").waitFor();
    expect(await horizontalOverflow(tksk)).toBeLessThanOrEqual(0);

    // The operator sees no decision to take, and the API refuses one all the same.
    await operator.reload();
    await operator.getByTestId("usulan-detail-status").getByText("Terverifikasi").waitFor();
    await operator.getByTestId("usulan-no-actions").waitFor();
    expect(await operator.getByTestId("keputusan-form").count()).toBe(0);
    const refused = await apiPost(operator, `/api/usulan/${usulanId}/keputusan`, { keputusan: "setuju" });
    expect(refused.status).toBe(403);

    // Dinas Sosial approves; the member now shows as deceased, the removal in the family's history.
    const dinsos = await loggedIn("dinsos");
    await dinsos.goto("/usulan");
    await dinsos.locator(`a[href="${usulanPath}"]`).click();
    await dinsos.getByTestId("keputusan-form").waitFor();
    await dinsos.getByTestId("keputusan-form-submit").click();
    await dinsos.getByTestId("usulan-detail-status").getByText("Disetujui").waitFor();
    expect(await dinsos.getByTestId("usulan-step").count()).toBe(4);
    await dinsos.getByTestId("usulan-family").click();
    await dinsos.getByTestId("family-page").waitFor();
    const member = dinsos.getByTestId("member-card").filter({ hasText: memberName });
    await member.getByText("Meninggal").waitFor();
    const removal = dinsos.getByTestId("history-event").first();
    expect(await removal.textContent()).toContain("Dihapus dari DTKS");
    expect(await horizontalOverflow(dinsos)).toBeLessThanOrEqual(0);

    // The approved proposals come out as a file for the determination above the kabupaten.
    await dinsos.goto("/usulan");
    await dinsos.getByTestId("usulan-views").getByText("Disetujui", { exact: true }).click();
    await dinsos.locator(`a[href="${usulanPath}"]`).waitFor();
    const link = dinsos.getByTestId("usulan-export-csv");
    const [download] = await Promise.all([dinsos.waitForEvent("download"), link.click()]);
    const csv = readFileSync(await download.path(), "utf8");
    expect(csv.split("\n")[0]).toContain("id_usulan");
    expect(csv).toContain(usulanId);
  });
});
