import { describe, expect, it } from "vitest";
import {
  listOnPaymentList,
  makeAgent,
  makeFamily,
  makeLifeEvent,
  makePeriod,
  makeTransaction,
} from "../../server/test/factories/index.ts";
import { desktop, horizontalOverflow, phone, skipBrowser as skip } from "./e2e-browser.ts";
import { sql, useDistributionSession } from "./e2e-distribution-app.ts";

const DESA = "35.17.18.2005";
const PERIODE = "2025-02";
// Numbers of a family the demo does not have (serial 99xx).
const NO_KK = "3517189901000001";
const NIK = "3517184101990085";
const NO_KKS = "5264351718990077";

describe.skipIf(skip)(
  `distribution anomalies in Chromium${skip ? " (skipped: Chromium is missing)" : ""}`,
  () => {
    const session = useDistributionSession();

    it("Dinas Sosial finds a transaction after the pengurus died, gives it to the TKSK, who resolves it", async () => {
      const db = session.database().db;
      await session.makeUser("dinsos", "dinsos", ["35.17"], "Dinas Sosial Uji");
      await session.makeUser("tksk", "tksk", ["35.17.18"], "Agus Santoso");
      // What the importers would have loaded: a period, an agent, the payment list, the bank's file, and
      // the death recorded in the registry a week before the card was used.
      await makePeriod(db, PERIODE);
      await makeAgent(db, { idAgen: "AG-E2E", nama: "e-Warong Uji", desa: DESA });
      await makeFamily(db, {
        desa: DESA,
        noKk: NO_KK,
        members: [
          {
            nik: NIK,
            nama: "Painem Almarhumah",
            jenisKelamin: "P",
            tanggalLahir: "1950-01-01",
            status: "meninggal",
          },
        ],
      });
      await makeLifeEvent(db, {
        desa: DESA,
        kind: "kematian",
        noKk: NO_KK,
        nik: NIK,
        occurredOn: "2025-02-03",
      });
      await listOnPaymentList(db, {
        periode: PERIODE,
        noKk: NO_KK,
        desa: DESA,
        nikPengurus: NIK,
        noKks: NO_KKS,
      });
      await makeTransaction(db, {
        id: "TRX-E2E-1",
        waktu: "2025-02-10T10:15:00+07:00",
        periode: PERIODE,
        noKks: NO_KKS,
        nominal: 200000,
        idAgen: "AG-E2E",
        desa: DESA,
      });

      const page = await session.loggedIn(desktop, "/anomali", "dinsos");
      await page.getByTestId("anomaly-detect").waitFor();
      await page.getByTestId("anomaly-detect-period").click();
      await page.getByRole("option", { name: `SEMBAKO ${PERIODE}`, exact: true }).click();
      await page.getByTestId("anomaly-detect-submit").click();
      await page.getByTestId("anomaly-detect-count-pengurus_meninggal").waitFor();
      expect(await page.getByTestId("anomaly-detect-count-pengurus_meninggal").textContent()).toContain(
        ": 1",
      );

      // The list of the period, this kind: the planted transaction, its card masked.
      await page.getByTestId("anomaly-filter-period").click();
      await page.getByRole("option", { name: PERIODE, exact: true }).click();
      await page
        .getByTestId("anomaly-kinds")
        .getByText(/^Pengurus meninggal/)
        .click();
      const card = page.getByTestId("anomaly-card");
      await page.getByTestId("anomaly-list").waitFor();
      await expect.poll(() => card.count()).toBe(1);
      const text = (await card.first().textContent()) ?? "";
      expect(text).toContain("5264••••••••0077");
      expect(text).not.toContain(NO_KKS);
      await card.first().click();
      await page.waitForURL(/\/anomali\/[0-9a-f-]{36}$/);
      const url = page.url();
      expect(url).not.toContain(NO_KKS);
      const summary = page.getByTestId("anomaly-summary");
      await summary.getByText("Transaksi berhasil 7 hari setelah pengurus meninggal").waitFor();
      expect(await summary.textContent()).toContain("Painem Almarhumah");
      expect(await page.getByTestId("anomaly-transaction").count()).toBe(1);

      // Dinas gives it to the TKSK of the kecamatan.
      await page.getByTestId("anomaly-owner-select").click();
      await page.getByRole("option", { name: /Agus Santoso/ }).click();
      await page.getByTestId("anomaly-owner-submit").click();
      await page
        .getByTestId("anomaly-owner-current")
        .getByText(/Agus Santoso/)
        .waitFor();

      // The TKSK, on a phone, opens it and closes it with a note.
      const phonePage = await session.loggedIn(phone, new URL(url).pathname, "tksk");
      await phonePage.getByTestId("anomaly-detail").waitFor();
      expect(await horizontalOverflow(phonePage)).toBeLessThanOrEqual(0);
      const form = phonePage.getByTestId("anomaly-resolve-form");
      await form.getByText("Selesai", { exact: true }).click();
      await phonePage.getByTestId("anomaly-resolve-submit").click();
      // Closing needs a note: the form says so and sends nothing.
      await form.getByText(/wajib diisi/i).waitFor();
      await phonePage
        .getByTestId("anomaly-resolve-note")
        .fill("Kartu dipakai tetangga; kartu ditarik bersama desa dan dilaporkan ke bank");
      await phonePage.getByTestId("anomaly-resolve-submit").click();
      await phonePage.getByTestId("anomaly-status").getByText("Selesai").waitFor();
      await phonePage
        .getByTestId("anomaly-note")
        .getByText(/kartu ditarik bersama desa/)
        .waitFor();
      expect(await phonePage.getByTestId("anomaly-resolve-form").count()).toBe(0);

      const [row] = (
        (await db.execute(sql`SELECT status, catatan FROM anomali WHERE kunci = 'TRX-E2E-1'`)) as unknown as {
          rows: { status: string; catatan: string }[];
        }
      ).rows;
      expect(row?.status).toBe("selesai");
    });
  },
);
