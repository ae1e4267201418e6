import { describe, expect, it } from "vitest";
import { desktop, horizontalOverflow, login, offscreen, phone, skipBrowser as skip } from "./e2e-browser.ts";
import { useBrowserSession } from "./e2e-session.ts";

describe.skipIf(skip)(`web shell in Chromium${skip ? " (skipped: Chromium is missing)" : ""}`, () => {
  const { newPage } = useBrowserSession({
    serverTimeoutMs: 60_000,
    setupTimeoutMs: 180_000,
    pageTimeoutMs: 15_000,
  });

  it("logs the TKSK in, speaks both languages and browses the wilayah tree", async () => {
    const page = await newPage(desktop);
    await page.goto("/");
    await page.waitForURL(/\/login$/);

    // A wrong password comes back as the server's problem, in Indonesian.
    await login(page, "tksk", "bukan-sandinya");
    await page.getByTestId("problem-alert").getByText("Nama pengguna atau kata sandi salah").waitFor();

    await login(page, "tksk");
    await page.getByTestId("welcome").getByText("Selamat datang, Agus Santoso").waitFor();
    expect(await page.getByTestId("home-role").textContent()).toBe("TKSK");
    expect(await page.getByTestId("home-scopes").textContent()).toContain("Bandarkedungmulyo");
    expect(await page.getByTestId("nav-wilayah").textContent()).toBe("Wilayah");
    expect(await page.getByTestId("logout").textContent()).toBe("Keluar");

    await page.getByTestId("language-switch").getByText("EN", { exact: true }).click();
    await page.getByTestId("nav-beranda").getByText("Home", { exact: true }).waitFor();
    expect(await page.getByTestId("logout").textContent()).toBe("Log out");
    expect(await page.getByTestId("welcome").textContent()).toContain("Welcome, Agus Santoso");
    // The choice outlives a reload.
    await page.reload();
    await page.getByTestId("nav-wilayah").getByText("Regions", { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");

    await page.getByTestId("nav-wilayah").click();
    const list = page.getByTestId("wilayah-children");
    await list.getByText("Jawa Timur", { exact: true }).click();
    await list.getByText("Kabupaten Jombang", { exact: true }).click();
    await list.getByText("Bandarkedungmulyo", { exact: true }).click();
    await page.waitForURL(/\/wilayah\/35\.17\.18$/);
    await list.getByText("Mojokambang", { exact: true }).click();

    const detail = page.getByTestId("desa-detail");
    await detail.getByText("Mojokambang", { exact: true }).waitFor();
    expect(await detail.getByTestId("desa-code").textContent()).toBe("35.17.18.2002");
    expect(await detail.textContent()).toContain("Kabupaten Jombang");
    const crumbs = await page.getByTestId("wilayah-breadcrumb").textContent();
    for (const name of ["Indonesia", "Jawa Timur", "Kabupaten Jombang", "Bandarkedungmulyo", "Mojokambang"]) {
      expect(crumbs).toContain(name);
    }

    // The search finds a desa by name and shows where it lies.
    await page.getByLabel("Search regions").fill("mojokamb");
    const hits = page.getByTestId("wilayah-search-results");
    await hits.getByText("Jawa Timur › Kabupaten Jombang › Bandarkedungmulyo").first().waitFor();

    // The breadcrumb goes back up.
    await page.getByTestId("wilayah-breadcrumb").getByText("Kabupaten Jombang").click();
    await list.getByText("Bandarkedungmulyo", { exact: true }).waitFor();

    await page.getByTestId("logout").click();
    await page.waitForURL(/\/login$/);

    // Requests carry the chosen language, so the server's problem comes back in English now.
    await page.getByLabel("Username", { exact: true }).fill("tamu");
    await page.getByLabel("Password", { exact: true }).fill("bukan-sandinya");
    await page.getByTestId("login-submit").click();
    await page.getByTestId("problem-alert").getByText("Wrong username or password").waitFor();
  });

  it("lets the administrator create, edit and disable a user", async () => {
    const page = await newPage(desktop);
    await page.goto("/pengguna");
    await login(page, "admin");
    await page.getByTestId("user-table").waitFor();
    await page.getByTestId("user-create-open").click();
    const form = page.getByTestId("user-create-form");
    /** Fills the new-user form for a PSM of Mojokambang named psm.e2e. */
    const fillNewPsm = async (fullName: string) => {
      await form.getByLabel("Nama pengguna", { exact: true }).fill("psm.e2e");
      await form.getByLabel("Nama lengkap", { exact: true }).fill(fullName);
      await form.getByLabel("Peran", { exact: true }).click();
      await page.getByRole("option", { name: "PSM", exact: true }).click();
      await form.getByLabel("Kata sandi", { exact: true }).fill("sandi-yang-panjang");
      await form.getByLabel("Wilayah tugas", { exact: true }).fill("Mojokambang");
      await page
        .getByRole("option", { name: /Mojokambang/ })
        .first()
        .click();
    };

    // The core schema checks the form before anything is sent.
    await page.getByTestId("user-create-submit").click();
    await form.getByText("pilih minimal satu wilayah", { exact: false }).waitFor();

    await fillNewPsm("Siti Aminah");
    await page.getByTestId("user-create-submit").click();
    await form.waitFor({ state: "detached" });

    await page.getByLabel("Cari pengguna", { exact: true }).fill("psm.e2e");
    const row = page.getByTestId("user-row-psm.e2e");
    await row.getByText("Siti Aminah").waitFor();
    expect(await row.textContent()).toContain("Mojokambang");

    await row.getByRole("button", { name: "Ubah" }).click();
    const edit = page.getByTestId("user-edit-form");
    await edit.getByLabel("Nama lengkap", { exact: true }).fill("Siti Aminah Rahayu");
    await page.getByTestId("user-edit-submit").click();
    await row.getByText("Siti Aminah Rahayu").waitFor();

    await row.getByRole("button", { name: "Nonaktifkan" }).click();
    await row.getByText("Nonaktif", { exact: true }).waitFor();
    await row.getByRole("button", { name: "Aktifkan" }).waitFor();

    // A taken username comes back from the server beside the field it concerns.
    await page.getByTestId("user-create-open").click();
    await fillNewPsm("Orang Lain");
    await page.getByTestId("user-create-submit").click();
    await form.getByTestId("problem-alert").getByText("Data sudah ada").waitFor();
  });

  it("fits a 360-pixel phone, with the menu behind the burger", async () => {
    const page = await newPage(phone);
    await page.goto("/wilayah/35.17.18.2002");
    await page.waitForURL(/\/login$/);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await login(page, "tksk");
    // Back where the user was going before logging in.
    await page.getByTestId("desa-detail").getByText("Mojokambang", { exact: true }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    expect(await offscreen(page.getByTestId("nav-pengguna"))).toBe(true);
    await page.getByTestId("burger").click();
    await page.getByTestId("nav-pengguna").click();
    await page.getByRole("heading", { name: "Pengguna" }).waitFor();
    await page.getByTestId("user-table").waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // A TKSK reads the list but may not manage accounts.
    expect(await page.getByTestId("user-create-open").count()).toBe(0);

    await page.getByTestId("burger").click();
    await page.getByTestId("nav-beranda").click();
    await page.getByTestId("welcome").waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
