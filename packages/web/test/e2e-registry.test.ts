import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anggotaFixture, fixtureSurname } from "./anggota-fixture.ts";
import { desktop, horizontalOverflow, login, phone, skipBrowser as skip } from "./e2e-browser.ts";
import { useBrowserSession } from "./e2e-session.ts";

describe.skipIf(skip)(`registry pages in Chromium${skip ? " (skipped: Chromium is missing)" : ""}`, () => {
  const { newPage } = useBrowserSession();
  const fixture = anggotaFixture();
  const folder = mkdtempSync(join(tmpdir(), "kawal-e2e-anggota-"));
  const csvPath = join(folder, "anggota-ujicoba.csv");

  beforeAll(async () => {
    writeFileSync(csvPath, fixture.csv);
  });

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
  });

  it("imports a file as Dinas Sosial on a phone: refused whole first, then the valid rows only", async () => {
    const page = await newPage(phone);
    await page.goto("/impor");
    await login(page, "dinsos");
    await page.getByTestId("import-help").getByText("kode_desa", { exact: true }).waitFor();

    // An example file to fill in, with the header the importer reads, one tap away.
    const template = page.getByTestId("template-anggota");
    const [example] = await Promise.all([page.waitForEvent("download"), template.click()]);
    expect(example.suggestedFilename()).toBe("contoh-anggota.csv");
    expect(readFileSync(await example.path(), "utf8").split("\n")[0]).toMatch(/^no_kk,nik,nama,hubungan/);

    // Sending with no file says so beside the field, and sends nothing.
    await page.getByTestId("import-submit").click();
    await page.getByText("Pilih berkas CSV atau XLSX terlebih dahulu").waitFor();

    await page.getByTestId("import-form").locator('input[type="file"]').setInputFiles(csvPath);
    await page.getByTestId("import-submit").click();
    const rejected = page.getByTestId("import-rejected");
    await rejected.getByText("Impor ditolak: tidak ada data yang diubah").waitFor();
    expect(await rejected.getByTestId("import-rejected-count").textContent()).toBe(
      `1 dari ${fixture.rows} baris ditolak, sehingga seluruh berkas tidak diimpor.`,
    );

    // The refused rows come back as a CSV with the reason, through a plain download link.
    const link = rejected.getByTestId("import-download-rejected");
    expect(await link.getAttribute("download")).not.toBeNull();
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const refused = readFileSync(await download.path(), "utf8");
    expect(refused.split("\n")[0]).toContain("baris,kolom,alasan");
    expect(refused).toContain(`Salah ${fixtureSurname}`);
    expect(refused).not.toContain(`Wiryo ${fixtureSurname}`);

    await page.getByTestId("import-partial").check();
    await page.getByTestId("import-submit").click();
    const done = page.getByTestId("import-done");
    await done.getByText("Impor selesai").waitFor();
    expect(await done.getByTestId("import-done-count").textContent()).toBe(
      `${fixture.validMembers} dari ${fixture.rows} baris diimpor.`,
    );
    expect(await done.textContent()).toContain("1 baris ditolak dan dilewati.");
    const changes = page.getByTestId("import-changes-35.17");
    await changes.getByText("Kabupaten Jombang").waitFor();
    expect(await changes.getByTestId("import-familiesInserted").textContent()).toBe(String(fixture.families));
    expect(await changes.getByTestId("import-membersInserted").textContent()).toBe(
      String(fixture.validMembers),
    );
    expect(await changes.getByTestId("import-membersUpdated").textContent()).toBe("0");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it("lets the TKSK find a member by name on a phone and open the family", async () => {
    const page = await newPage(phone);
    await page.goto("/keluarga");
    await login(page, "tksk");
    const box = page.getByTestId("registry-search");
    await box.waitFor();
    await box.fill("Wi");
    await page.getByText("Ketik minimal 3 karakter").waitFor();

    await box.fill(`wiryo ${fixtureSurname.toLowerCase()}`);
    const hits = page.getByTestId("registry-hit");
    await hits.first().getByText(`Wiryo ${fixtureSurname}`).waitFor();
    expect(await hits.count()).toBe(1);
    const hit = await hits.first().textContent();
    expect(hit).toContain("Kepala keluarga");
    expect(hit).toContain("Mojokambang");
    // Lists never show whole numbers.
    expect(hit).toMatch(/3517••••••••\d{4}/);
    // Nor does the page address carry what was searched.
    expect(page.url()).not.toContain("wiryo");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await hits.first().click();
    await page.waitForURL(/\/keluarga\/[0-9a-f-]{36}$/);
    const members = page.getByTestId("member-card");
    await page.getByTestId("family-page").waitFor();
    expect(await members.count()).toBe(5);
    expect(await members.first().textContent()).toContain(`Wiryo ${fixtureSurname}`);
    expect(await page.getByTestId("family-members").textContent()).toContain("Anak");
    expect(await page.getByTestId("family-members").textContent()).not.toContain(`Salah ${fixtureSurname}`);
    // A TKSK may see whole numbers on a family's page; that view is audited.
    expect(await page.getByTestId("family-no-kk").textContent()).toBe(fixture.firstNoKk);
    await page.getByTestId("numbers-full").waitFor();
    expect(await page.getByTestId("family-path").textContent()).toContain("Bandarkedungmulyo");
    expect(await page.getByTestId("family-house").textContent()).toContain("milik sendiri");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // Back to the search: the results are still there, from memory rather than the URL.
    await page.getByTestId("family-back").click();
    await hits.first().getByText(`Wiryo ${fixtureSurname}`).waitFor();
  });

  it("shows the members as a table on a wide screen, in English too, and a clear 404", async () => {
    const page = await newPage(desktop);
    await page.goto("/keluarga");
    await login(page, "tksk");
    await page.getByTestId("registry-search").fill(`Sumarni ${fixtureSurname}`);
    await page.getByTestId("registry-hit").first().click();
    const rows = page.getByTestId("member-row");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(5);
    expect(await rows.first().textContent()).toContain("Kepala keluarga");

    await page.getByTestId("language-switch").getByText("EN", { exact: true }).click();
    await page.getByTestId("family-members").getByText("Head of family").waitFor();
    expect(await page.getByTestId("family-house").textContent()).toContain("House");

    await page.goto("/keluarga/00000000-0000-4000-8000-000000000000");
    await page
      .getByTestId("family-not-found")
      .getByText("Family not found, or outside your assigned area.")
      .waitFor();
  });

  it("masks the numbers for a PSM, whose role does not show them in full", async () => {
    const page = await newPage(phone);
    await page.goto("/");
    await login(page, "psm02");
    // The demo gives the second PSM Desa Mojokambang, where the file's families live.
    await page.getByTestId("home-scopes").getByText("Mojokambang").waitFor();
    await page.goto("/keluarga");
    await page.getByTestId("registry-search").fill(`Wiryo ${fixtureSurname}`);
    await page.getByTestId("registry-hit").first().click();
    await page.getByTestId("numbers-masked").waitFor();
    expect(await page.getByTestId("family-no-kk").textContent()).toMatch(/^3517•{8}\d{4}$/);
    const members = (await page.getByTestId("family-members").textContent()) ?? "";
    expect(members).not.toContain(fixture.firstNoKk.slice(4, 12));
    expect(members).toMatch(/3517•{8}9001/);
  });
});
