import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { queryRows } from "../../server/src/db/database.ts";
import { makeAgent, makePeriod, makeTransaction } from "../../server/test/factories/index.ts";
import { desktop, horizontalOverflow, phone, skipBrowser as skip } from "./e2e-browser.ts";
import { sql, useDistributionSession } from "./e2e-distribution-app.ts";

const DESA = "35.17.18.2003";

/** The month the counter form proposes: this device's current month. */
function thisMonth(now = new Date()): { periode: string; mulai: string; selesai: string } {
  const y = now.getFullYear();
  const m = now.getMonth() + 1;
  const last = new Date(y, m, 0).getDate();
  const mm = String(m).padStart(2, "0");
  return { periode: `${y}-${mm}`, mulai: `${y}-${mm}-01`, selesai: `${y}-${mm}-${last}` };
}

describe.skipIf(skip)(
  `the agent's counter in Chromium${skip ? " (skipped: Chromium is missing)" : ""}`,
  () => {
    const session = useDistributionSession();
    const month = thisMonth();

    /** The month's period, two shops of one desa each with its own login, and one purchase at the other shop. */
    async function seed(): Promise<void> {
      const db = session.database().db;
      const agentA = await session.makeUser("agen-trx-a", "agen", [DESA]);
      const agentB = await session.makeUser("agen-trx-b", "agen", [DESA]);
      await makePeriod(db, month.periode);
      await makeAgent(db, { idAgen: "TRX-A", nama: "e-Warong Sumber Rejeki", desa: DESA, userId: agentA });
      await makeAgent(db, { idAgen: "TRX-B", nama: "e-Warong Tetangga", desa: DESA, userId: agentB });
      await makeTransaction(db, {
        id: "BANK-TETANGGA-1",
        waktu: new Date().toISOString(),
        periode: month.periode,
        noKks: "5264777788889999",
        nominal: 200000,
        idAgen: "TRX-B",
        desa: DESA,
      });
    }

    it("lets an agent record a purchase on a phone, warns of a price above HET, and shows only its own transactions", async () => {
      await seed();
      const page = await session.loggedIn(phone, "/penyaluran/transaksi", "agen-trx-a");
      const form = page.getByTestId("transaksi-form");
      await form.waitFor();
      // Its list starts empty: the neighbouring shop's purchase is not its own.
      await page.getByTestId("transaksi-none").waitFor();

      // Bad input is refused beside the field, and nothing is sent.
      await page.getByTestId("transaksi-no-kks").fill("5264");
      await page.getByTestId("transaksi-nominal").fill("150000");
      await page.getByTestId("transaksi-submit").click();
      await form.getByText("No. KKS harus 16 digit angka").waitFor();

      await page.getByTestId("transaksi-no-kks").fill("5264111122223333");
      await page.getByTestId("transaksi-add-item").click();
      const item = page.getByTestId("transaksi-item");
      await item.getByTestId("transaksi-item-komoditas").fill("beras");
      await item.getByTestId("transaksi-item-satuan").fill("kg");
      await item.getByTestId("transaksi-item-jumlah").fill("10");
      await item.getByTestId("transaksi-item-harga").fill("13000");
      // The HET in force (Rp12.500/kg from June 2024) is shown, and the price above it is warned.
      expect(await item.getByTestId("transaksi-item-het").textContent()).toMatch(/12\.500/);
      await item.getByTestId("transaksi-item-above-het").waitFor();
      expect(await horizontalOverflow(page)).toBe(0);

      await page.getByTestId("transaksi-submit").click();
      const row = page.getByTestId("transaksi-row");
      await row.first().waitFor();
      expect(await row.count()).toBe(1);
      expect(await row.getByTestId("transaksi-row-kks").textContent()).toBe("5264••••••••3333");
      await row.getByTestId("transaksi-row-above-het").waitFor();
      expect(await page.getByTestId("transaksi-list").textContent()).not.toContain("e-Warong Tetangga");
      expect(await horizontalOverflow(page)).toBe(0);

      const [stored] = await queryRows<{ n: number; sumber: string; het: string }>(
        session.database().db,
        sql`SELECT count(*)::int AS n, min(t.sumber) AS sumber, min(i.het)::text AS het
            FROM transaksi t JOIN transaksi_item i ON i.kab_code = t.kab_code AND i.id_transaksi = t.id_transaksi
            WHERE t.id_agen = 'TRX-A'`,
      );
      expect(stored).toEqual({ n: 1, sumber: "agen", het: "12500" });
    });

    it("lets Dinas Sosial upload a transaction file with goods lines, refused whole for one bad line, then the valid rows", async () => {
      const dir = tmpdir();
      const file = join(dir, `transaksi-e2e-${Date.now()}.csv`);
      const items = join(dir, `barang-e2e-${Date.now()}.csv`);
      writeFileSync(
        file,
        `waktu,periode,program,no_kks,nominal,status,alasan,id_agen,id_transaksi\n${month.mulai} 09:00,${month.periode},SEMBAKO,5264444455556666,200000,berhasil,,TRX-A,BANK-E2E-1\n`,
      );
      writeFileSync(
        items,
        "id_transaksi,komoditas,jumlah,satuan,harga_satuan\nBANK-E2E-1,beras,10,kg,12000\nBANK-E2E-404,beras,1,kg,12000\n",
      );
      await session.makeUser("dinsos-trx", "dinsos", ["35.17"]);
      const page = await session.loggedIn(desktop, "/penyaluran/transaksi", "dinsos-trx");
      const upload = page.getByTestId("transaksi-import");
      await upload.waitFor();
      await upload.locator('input[type="file"]').nth(0).setInputFiles(file);
      await upload.locator('input[type="file"]').nth(1).setInputFiles(items);
      await page.getByTestId("transaksi-import-submit").click();
      const refused = page.getByTestId("transaksi-import-rejected");
      await refused.waitFor({ timeout: 60_000 });
      expect(await refused.textContent()).toContain("0 dari 1 transaksi dan 1 dari 2 baris barang ditolak");
      await refused.getByText("Unduh barang yang ditolak").waitFor();

      await page.getByTestId("transaksi-import-partial").click();
      await page.getByTestId("transaksi-import-done").waitFor({ timeout: 60_000 });
      await page.getByTestId("transaksi-filter-agen").fill("TRX-A");
      const row = page.getByTestId("transaksi-row").filter({ hasText: "5264••••••••6666" });
      await row.waitFor();
      expect(await row.textContent()).toContain("berkas");
    });
    it("shows a bank the Penyaluran tabs its permissions reach, the transaction upload, and Impor with its files only", async () => {
      await session.makeUser("bank-trx", "bank", ["35.17"]);
      const page = await session.loggedIn(desktop, "/penyaluran", "bank-trx");
      // The menu: Penyaluran and Impor (by distribution.read, transaction.read and distribution.import),
      // never the registry.
      await page.getByTestId("nav-penyaluran").waitFor();
      await page.getByTestId("nav-impor").waitFor();
      expect(await page.getByTestId("nav-keluarga").count()).toBe(0);
      // No schedule tab: a bank has no schedule.read.
      await page.getByTestId("realisasi-section").waitFor();
      const tabs = await page
        .locator('[data-testid^="penyaluran-tab-"]')
        .evaluateAll((els) => els.map((el) => el.getAttribute("data-testid")));
      expect(tabs).toEqual(["penyaluran-tab-realisasi", "penyaluran-tab-transaksi", "penyaluran-tab-daftar"]);
      expect(await page.getByTestId("reconcile-run").count()).toBe(0);

      // Transaksi: the list and the upload of the bank's files, not the agent's counter form.
      await page.getByTestId("penyaluran-tab-transaksi").click();
      await page.getByTestId("transaksi-import").waitFor();
      await page.getByTestId("transaksi-list").waitFor();
      expect(await page.getByTestId("transaksi-form").count()).toBe(0);

      // Daftar bayar: the period is typed (a bank may not list periods), and no agents' table.
      await page.getByTestId("penyaluran-tab-daftar").click();
      await page.getByTestId("daftar-periode-text").waitFor();
      expect(await page.getByTestId("agents-table").count()).toBe(0);

      // Impor: payment lists and agents, never members or programme participants.
      await page.getByTestId("nav-impor").click();
      const kinds = page.getByTestId("import-kind");
      await kinds.waitFor();
      const text = await kinds.textContent();
      expect(text).toContain("Daftar bayar (SP2D)");
      expect(text).toContain("Agen e-Warong");
      expect(text).not.toContain("Anggota keluarga");
      expect(text).not.toContain("Peserta program");
    });
  },
);
