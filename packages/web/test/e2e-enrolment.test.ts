import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFamily } from "./e2e-actions.ts";
import { horizontalOverflow, phone, skipBrowser as skip } from "./e2e-browser.ts";
import { useBrowserSession } from "./e2e-session.ts";

describe.skipIf(skip)(`enrolments in Chromium${skip ? " (skipped: Chromium is missing)" : ""}`, () => {
  const session = useBrowserSession();
  const folder = mkdtempSync(join(tmpdir(), "kawal-e2e-peserta-"));
  const csvPath = join(folder, "peserta-uji.csv");

  const loggedIn = (username: string, path: string): Promise<Page> => session.loggedIn(phone, path, username);

  beforeAll(async () => {
    // A family that is in no registry: the import refuses the row and changes nothing.
    writeFileSync(
      csvPath,
      "program,no_kk,nik_pengurus,status,sejak\nSEMBAKO,3517180101209999,3517184505850001,aktif,2024-01-01\n",
    );
  });

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
  });

  it("lets the TKSK enrol a family on a phone and move it on, offering only the allowed states", async () => {
    const page = await loggedIn("tksk", "/keluarga");
    await openFamily(page, "Slamet");
    const section = page.getByTestId("enrolment-section");
    await section.waitFor();

    await page.getByTestId("enrol-open").click();
    const form = page.getByTestId("enrol-form");
    await form.waitFor();
    // Nothing chosen: the form says what is missing and sends nothing.
    await page.getByTestId("enrol-submit").click();
    await form.getByText("Wajib diisi").first().waitFor();
    expect(await form.getByText("Wajib diisi").count()).toBe(2);
    const program = page.getByTestId("enrol-program");
    await program.locator("option").nth(1).waitFor({ state: "attached" });
    const code = (await program.locator("option").nth(1).getAttribute("value")) ?? "";
    await program.selectOption(code);
    const holder = page.getByTestId("enrol-pengurus");
    await holder.selectOption((await holder.locator("option").nth(1).getAttribute("value")) ?? "");
    // A card number that is not 16 digits comes back from the server beside its field.
    await page.getByTestId("enrol-no-kks").fill("1234");
    await page.getByTestId("enrol-submit").click();
    await page.locator('[data-testid="enrol-no-kks"][aria-invalid="true"]').waitFor();
    await page.getByTestId("enrol-no-kks").fill("");
    await page.getByTestId("enrol-submit").click();
    await form.waitFor({ state: "detached" });

    const card = section.getByTestId(`enrolment-${code}`);
    await card.getByTestId("enrolment-status").getByText("calon").waitFor();
    await card.getByTestId("enrolment-change").click();
    const change = page.getByTestId("transition-form");
    await change.waitFor();
    const offered = await page.getByTestId("transition-ke").locator("option").allTextContents();
    expect(offered).toEqual(["tervalidasi", "dihentikan"]);
    await page.getByTestId("transition-submit").click();
    await change.getByText("Wajib diisi").waitFor();
    await page.getByTestId("transition-alasan").selectOption("pertemuan_awal");
    await page.getByTestId("transition-submit").click();
    await change.waitFor({ state: "detached" });
    await card.getByTestId("enrolment-status").getByText("tervalidasi").waitFor();

    await card.getByTestId("enrolment-history-toggle").click();
    const history = card.getByTestId("enrolment-history");
    await history.getByText("divalidasi pada pertemuan awal").waitFor();
    expect(await history.getByText("pendaftaran").count()).toBe(1);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it("lets Dinas Sosial choose a peserta file on the Impor page and get the refused rows back", async () => {
    const page = await loggedIn("dinsos", "/impor");
    await page.getByTestId("import-kind").getByText("Peserta program").click();
    await page.getByTestId("import-help").getByText("nik_pengurus", { exact: true }).waitFor();
    await page.getByTestId("import-form").locator('input[type="file"]').setInputFiles(csvPath);
    await page.getByTestId("import-submit").click();
    const rejected = page.getByTestId("import-rejected");
    await rejected.getByText("Impor ditolak: tidak ada data yang diubah").waitFor();
    const link = rejected.getByTestId("import-download-rejected");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const refused = readFileSync(await download.path(), "utf8");
    expect(refused.split("\n")[0]).toBe("program,no_kk,nik_pengurus,status,sejak,baris,kolom,alasan");
    expect(refused).toContain("No. KK tidak ada di registri wilayah Anda");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
