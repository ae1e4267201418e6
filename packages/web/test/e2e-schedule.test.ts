import { describe, expect, it } from "vitest";
import { queryRows } from "../../server/src/db/database.ts";
import { makeAgent, makePeriod } from "../../server/test/factories/index.ts";
import { desktop, horizontalOverflow, phone, skipBrowser as skip } from "./e2e-browser.ts";
import { sql, useDistributionSession } from "./e2e-distribution-app.ts";

const DESA = "35.17.18.2003";
const PERIODE = "2030-01";
const FAMILIES = 8;

describe.skipIf(skip)(
  `the distribution schedule in Chromium${skip ? " (skipped: Chromium is missing)" : ""}`,
  () => {
    const session = useDistributionSession();

    /** The TKSK, a desa's families, a period, two agents of the desa each with its own login, eight families listed. */
    async function seed(): Promise<void> {
      const db = session.database().db;
      await session.makeUser("tksk", "tksk", ["35.17.18"]);
      await session.makeFamilies(DESA, [
        "Sarinah",
        "Painem",
        "Tukini",
        "Suminah",
        "Warsini",
        "Katmini",
        "Jumiati",
        "Sulastri",
        "Marsinah",
      ]);
      const agentA = await session.makeUser("agen-e2e-a", "agen", [DESA]);
      const agentB = await session.makeUser("agen-e2e-b", "agen", [DESA]);
      await makePeriod(db, PERIODE);
      await makeAgent(db, { idAgen: "E2E-A", nama: "e-Warong Uji Satu", desa: DESA, userId: agentA });
      await makeAgent(db, { idAgen: "E2E-B", nama: "e-Warong Uji Dua", desa: DESA, userId: agentB });
      await db.execute(
        sql`INSERT INTO daftar_bayar (kab_code, program_code, periode, no_kk, desa_code, nik_pengurus, nominal, no_kks, bank)
            SELECT k.kab_code, 'SEMBAKO', ${PERIODE}, k.no_kk, k.desa_code, h.nik, 200000,
                   '5264' || right(k.no_kk, 12), 'BNI'
            FROM keluarga k
            JOIN anggota h ON h.kab_code = k.kab_code AND h.no_kk = k.no_kk AND h.hubungan = 'kepala'
            WHERE k.desa_code = ${DESA} AND k.status = 'aktif'
            ORDER BY k.no_kk LIMIT ${FAMILIES}`,
      );
    }

    it("lets the TKSK build and print a day, which its agent sees on a phone and another agent does not", async () => {
      await seed();
      const page = await session.loggedIn(
        desktop,
        `/penyaluran/jadwal?program=SEMBAKO&periode=${PERIODE}`,
        "tksk",
      );
      const row = page.getByTestId("schedule-agent-E2E-A");
      await row.waitFor();
      expect(await row.getByTestId("schedule-agent-listed").textContent()).toBe(String(FAMILIES));
      expect(await row.getByTestId("schedule-agent-scheduled").textContent()).toBe("0");
      await page.getByTestId("schedule-days-empty").waitFor();

      await row.getByTestId("schedule-build").click();
      const form = page.getByTestId("schedule-form");
      await form.waitFor();
      // Bad input: the end before the start is refused beside the field, nothing is sent.
      await page.getByTestId("schedule-tanggal").fill("2030-01-15");
      await page.getByTestId("schedule-jam-mulai").fill("11:00");
      await page.getByTestId("schedule-jam-selesai").fill("08:00");
      await page.getByTestId("schedule-submit").click();
      await form.getByText("jam selesai harus setelah jam mulai").waitFor();
      await page.getByTestId("schedule-jam-mulai").fill("08:00");
      await page.getByTestId("schedule-jam-selesai").fill("11:30");
      await page.getByTestId("schedule-catatan").fill("Bawa KKS dan KTP");
      await page.getByTestId("schedule-submit").click();

      await page.waitForURL(/\/penyaluran\/jadwal\/[0-9a-f-]{36}\?/);
      const detail = page.getByTestId("schedule-detail");
      await detail.getByTestId("schedule-family").first().waitFor();
      expect(await detail.getByTestId("schedule-family").count()).toBe(FAMILIES);
      expect(await detail.getByTestId("schedule-detail-when").textContent()).toMatch(
        /15 Januari 2030 · 08:00–11:30/,
      );
      // Numbers are masked on screen.
      expect(await detail.getByTestId("schedule-families").textContent()).toContain("••••");
      const dayId = page.url().match(/jadwal\/([0-9a-f-]{36})/)?.[1] ?? "";

      // Printing answers an A4 PDF with the day's pages.
      const href = (await page.getByTestId("schedule-print").getAttribute("href")) ?? "";
      const pdf = await page.context().request.get(href);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()["content-type"]).toBe("application/pdf");
      const bytes = (await pdf.body()).toString("latin1");
      expect(bytes.startsWith("%PDF-")).toBe(true);
      expect(bytes.match(/\/Type \/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
      const [printed] = await queryRows<{ n: number }>(
        session.database().db,
        sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'schedule.print' AND entity_id = ${dayId}`,
      );
      expect(printed?.n).toBe(1);

      // Back on the list, the agent's families are all scheduled and the day is listed.
      await page.getByTestId("schedule-back").click();
      await page.getByTestId("schedule-day").first().waitFor();
      expect(await row.getByTestId("schedule-agent-scheduled").textContent()).toBe(String(FAMILIES));
      expect(await row.getByTestId("schedule-build").count()).toBe(0);

      // The agent, on its phone, sees its day and the families, and cannot delete it.
      const agent = await session.loggedIn(phone, `/penyaluran/jadwal?periode=${PERIODE}`, "agen-e2e-a");
      const card = agent.getByTestId("schedule-day");
      await card.first().waitFor();
      expect(await card.count()).toBe(1);
      expect(await card.getByTestId("schedule-day-agen").textContent()).toContain("e-Warong Uji Satu");
      expect(await agent.getByTestId("schedule-agents").count()).toBe(0);
      expect(await horizontalOverflow(agent)).toBeLessThanOrEqual(0);
      await card.getByTestId("schedule-day-open").click();
      await agent.getByTestId("schedule-family").first().waitFor();
      expect(await agent.getByTestId("schedule-family").count()).toBe(FAMILIES);
      expect(await agent.getByTestId("schedule-delete").count()).toBe(0);
      expect(await horizontalOverflow(agent)).toBeLessThanOrEqual(0);

      // The other agent of the same desa sees no day, and the day's address finds nothing.
      const other = await session.loggedIn(phone, `/penyaluran/jadwal?periode=${PERIODE}`, "agen-e2e-b");
      await other.getByTestId("schedule-days-empty").waitFor();
      await other.goto(`/penyaluran/jadwal/${dayId}`);
      await other.getByTestId("schedule-not-found").waitFor();
    });
  },
);
