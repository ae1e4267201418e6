import { describe, expect, it } from "vitest";
import { queryRows } from "../../server/src/db/database.ts";
import { makeAgent, makePeriod } from "../../server/test/factories/index.ts";
import { desktop, horizontalOverflow, phone, skipBrowser as skip } from "./e2e-browser.ts";
import { sql, useDistributionSession } from "./e2e-distribution-app.ts";

const HIGH = "35.17.18.2003";
const LOW = "35.17.18.2004";
const PERIODE = "2030-02";
const PATH = `/penyaluran/realisasi?program=SEMBAKO&periode=${PERIODE}`;

describe.skipIf(skip)(
  `reconciliation and the Realisasi tab in Chromium${skip ? " (skipped: Chromium is missing)" : ""}`,
  () => {
    const session = useDistributionSession();

    /**
     * Six listed families in each of two desa of the TKSK's kecamatan. In the high desa five withdrew
     * in full. In the low one: one in full, one in part, one failed at the bank, one whose balance was
     * never injected, two with nothing at all.
     */
    async function seed(): Promise<void> {
      const db = session.database().db;
      await session.makeUser("tksk", "tksk", ["35.17.18"]);
      await session.makeFamilies(HIGH, ["Sarinah", "Painem", "Tukini", "Suminah", "Warsini", "Katmini"]);
      await session.makeFamilies(LOW, ["Jumiati", "Sulastri", "Marsinah", "Sumarni", "Karsinah", "Wagiyem"]);
      await makePeriod(db, PERIODE);
      await makeAgent(db, { idAgen: "E2E-H", nama: "e-Warong Tinggi", desa: HIGH });
      await makeAgent(db, { idAgen: "E2E-L", nama: "e-Warong Rendah", desa: LOW });
      await db.execute(
        sql`INSERT INTO daftar_bayar (kab_code, program_code, periode, no_kk, desa_code, nik_pengurus, nominal, no_kks,
                                      bank, status_injeksi)
            SELECT f.kab_code, 'SEMBAKO', ${PERIODE}, f.no_kk, f.desa_code, f.nik, 200000, '5264' || right(f.no_kk, 12),
                   'BNI', CASE WHEN f.desa_code = ${LOW} AND f.n = 4 THEN 'belum' ELSE 'terinjek' END
            FROM (SELECT k.kab_code, k.no_kk, k.desa_code, h.nik,
                         row_number() OVER (PARTITION BY k.desa_code ORDER BY k.no_kk) AS n
                  FROM keluarga k
                  JOIN anggota h ON h.kab_code = k.kab_code AND h.no_kk = k.no_kk AND h.hubungan = 'kepala'
                  WHERE k.desa_code IN (${HIGH}, ${LOW}) AND k.status = 'aktif') f
            WHERE f.n <= 6`,
      );
      await db.execute(
        sql`INSERT INTO transaksi (kab_code, id_transaksi, waktu, program_code, periode, no_kks, nominal, status, alasan,
                                   id_agen, desa_code, sumber)
            SELECT d.kab_code, 'E2E-' || d.no_kk, '2030-02-10T09:00:00+07:00', 'SEMBAKO', ${PERIODE}, d.no_kks,
                   CASE WHEN d.desa_code = ${LOW} AND d.n = 2 THEN 100000 ELSE 200000 END,
                   CASE WHEN d.desa_code = ${LOW} AND d.n = 3 THEN 'gagal' ELSE 'berhasil' END,
                   CASE WHEN d.desa_code = ${LOW} AND d.n = 3 THEN 'Saldo tidak mencukupi' END,
                   CASE WHEN d.desa_code = ${LOW} THEN 'E2E-L' ELSE 'E2E-H' END, d.desa_code, 'impor'
            FROM (SELECT *, row_number() OVER (PARTITION BY desa_code ORDER BY no_kk) AS n
                  FROM daftar_bayar WHERE periode = ${PERIODE}) d
            WHERE (d.desa_code = ${HIGH} AND d.n <= 5) OR (d.desa_code = ${LOW} AND d.n <= 3)`,
      );
    }

    it("lets the TKSK reconcile a month, open the low desa, see who did not receive and why, and record a reason", async () => {
      await seed();
      const page = await session.loggedIn(desktop, PATH, "tksk");
      await page.getByTestId("realisasi-computed").waitFor();
      expect(await page.getByTestId("realisasi-computed").textContent()).toMatch(/belum direkonsiliasi/);

      await page.getByTestId("reconcile-run").click();
      const result = page.getByTestId("reconcile-result");
      await result.waitFor();
      expect(await result.textContent()).toMatch(/12 keluarga di daftar: 6 tersalur, 1 sebagian, 5 belum/);

      // The table lists the low desa first and marks it; the high one is not marked.
      const table = page.getByTestId("realisasi-table");
      await table.getByTestId(`realisasi-row-${LOW}`).waitFor();
      const rows = table.locator("tbody tr");
      expect(await rows.first().getAttribute("data-testid")).toBe(`realisasi-row-${LOW}`);
      expect(await table.getByTestId(`realisasi-row-${LOW}`).getAttribute("data-low")).toBe("true");
      expect(await table.getByTestId(`realisasi-row-${HIGH}`).getAttribute("data-low")).toBe("false");
      expect(
        await table.getByTestId(`realisasi-row-${LOW}`).getByTestId("realisasi-persen").textContent(),
      ).toBe("33,3");
      expect(
        await table.getByTestId(`realisasi-row-${HIGH}`).getByTestId("realisasi-persen").textContent(),
      ).toBe("83,3");
      // One bar per desa in the chart.
      await page.getByTestId("realisasi-chart").locator(".recharts-bar-rectangle").first().waitFor();
      expect(await page.getByTestId("realisasi-chart").locator(".recharts-bar-rectangle").count()).toBe(2);
      // The export links answer files.
      for (const format of ["csv", "xlsx", "pdf"] as const) {
        const href = (await page.getByTestId(`realisasi-export-${format}`).getAttribute("href")) ?? "";
        expect(href).toContain(`format=${format}`);
        const file = await page.context().request.get(href);
        expect(file.status(), format).toBe(200);
        expect((await file.body()).length, format).toBeGreaterThan(0);
      }

      // Open the low desa: those with nothing first, then part, then the rest.
      await table.getByTestId(`realisasi-row-${LOW}`).getByTestId("realisasi-open").click();
      await page.waitForURL(/\/penyaluran\/realisasi\/35\.17\.18\.2004\?/);
      const cards = page.getByTestId("realisasi-family");
      await cards.first().waitFor();
      const classes = await cards.evaluateAll((all) => all.map((el) => el.getAttribute("data-kelas")));
      expect(classes).toEqual(["belum", "belum", "belum", "belum", "sebagian", "tersalur"]);
      const reasons = await page.getByTestId("realisasi-family-alasan").allTextContents();
      expect(reasons.some((r) => r.includes("Saldo tidak mencukupi") && r.includes("dari bank"))).toBe(true);
      expect(reasons.some((r) => r.includes("Saldo belum terinjek") && r.includes("status injeksi"))).toBe(
        true,
      );
      expect(reasons.filter((r) => r.includes("Alasan belum diketahui")).length).toBeGreaterThanOrEqual(2);
      // Numbers are masked.
      expect(await page.getByTestId("realisasi-families").textContent()).toContain("••••");

      // Record a reason for a family with none known.
      // The card is held by position: the list keeps its order, and once saved it no longer reads "unknown".
      const texts = await cards.allTextContents();
      const position = texts.findIndex((text) => text.includes("Alasan belum diketahui"));
      const unknown = cards.nth(position);
      const name = await unknown.getByTestId("realisasi-family-nama").textContent();
      await unknown.getByTestId("reason-open").click();
      await unknown.getByTestId("reason-alasan").selectOption("pindah");
      await unknown.getByTestId("reason-keterangan").fill("Pindah ke Surabaya sejak Januari");
      await unknown.getByTestId("reason-submit").click();
      await unknown.getByTestId("reason-form").waitFor({ state: "detached" });
      expect(await unknown.getByTestId("realisasi-family-alasan").textContent()).toMatch(
        /Pindah.*catatan lapangan/,
      );
      const [stored] = await queryRows<{ n: number; keys: number }>(
        session.database().db,
        sql`SELECT count(*)::int AS n, count(DISTINCT idempotency_key)::int AS keys
            FROM alasan_belum WHERE periode = ${PERIODE} AND alasan = 'pindah'`,
      );
      expect(stored).toEqual({ n: 1, keys: 1 });

      // After a reload the stored reason is shown from the server.
      await page.reload();
      const again = page.getByTestId("realisasi-family").nth(position);
      await again.getByTestId("realisasi-family-keterangan").waitFor();
      expect(await again.getByTestId("realisasi-family-nama").textContent()).toBe(name);
      expect(await again.getByTestId("realisasi-family-alasan").textContent()).toMatch(
        /Pindah.*catatan lapangan/,
      );
      expect(await again.getByTestId("realisasi-family-keterangan").textContent()).toBe(
        "Pindah ke Surabaya sejak Januari",
      );

      // On a phone neither the report nor the desa's list scrolls sideways.
      const mobile = await session.loggedIn(phone, PATH, "tksk");
      await mobile.getByTestId("realisasi-table").waitFor();
      await mobile.getByTestId("realisasi-chart").waitFor();
      expect(await horizontalOverflow(mobile)).toBeLessThanOrEqual(0);
      await mobile.goto(`/penyaluran/realisasi/${LOW}?program=SEMBAKO&periode=${PERIODE}`);
      await mobile.getByTestId("realisasi-family").first().waitFor();
      await mobile.getByTestId("reason-open").first().click();
      await mobile.getByTestId("reason-form").waitFor();
      expect(await horizontalOverflow(mobile)).toBeLessThanOrEqual(0);
    });
  },
);
