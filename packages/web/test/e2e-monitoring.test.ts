import { describe, expect, it } from "vitest";
import { horizontalOverflow, phone, skipBrowser as skip } from "./e2e-browser.ts";
import { useBrowserSession } from "./e2e-session.ts";

/** A 1×1 PNG: what the phone's camera input hands over, in miniature. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

interface TSummary {
  periode: string | null;
  periods: string[];
  items: { kecamatan: { code: string }; diperiksa: number; tindakLanjutTerbuka: number }[];
}
interface TList {
  items: { agen: { idAgen: string; desa: { code: string } }; checklist: { id: string } | null }[];
}

describe.skipIf(skip)(`6T monitoring in Chromium${skip ? " (skipped: Chromium is missing)" : ""}`, () => {
  const { loggedIn } = useBrowserSession();

  it("lets a TKSK fill a checklist on a phone, see the score in the summary and close the follow-up", async () => {
    const page = await loggedIn(phone, "/monitoring", "tksk");
    await page.getByTestId("monitoring-page").waitFor();
    // An agent of the demo not yet checked in some Sembako period (the demo checks most agents of the
    // last two months only). Without one, Dinas Sosial opens last month and imports an agent in the
    // TKSK's kecamatan through the ordinary routes, as it would for a new e-Warong.
    let target = await findUnchecked(page);
    if (!target) {
      const office = await loggedIn(phone, "/", "dinsos");
      await office.evaluate(provideAgent, await page.evaluate(kecamatanOfMe));
      target = await findUnchecked(page);
    }
    expect(target).not.toBeNull();
    const { periode, idAgen, kecamatan } = target as { periode: string; idAgen: string; kecamatan: string };
    const summaryRow = page.getByTestId(`monitoring-summary-${kecamatan}`);

    await page.goto(`/monitoring?program=SEMBAKO&periode=${periode}`);
    await summaryRow.waitFor();
    const checkedBefore = Number(await summaryRow.getByTestId("summary-checked").textContent());
    const openBefore = Number(await summaryRow.getByTestId("summary-open").textContent());
    await page.getByTestId(`monitoring-agent-${idAgen}`).getByTestId("agent-check").click();
    const form = page.getByTestId("checklist-form");
    await form.waitFor();

    // Tepat harga not met, with no finding yet: the form says what is missing and sends nothing.
    await page.getByTestId("aspek-harga").getByRole("switch").click();
    await page.getByTestId("checklist-submit").click();
    await form.getByText("temuan wajib diisi bila tidak sesuai").waitFor();
    await page.getByTestId("aspek-harga-temuan").fill("Beras dijual Rp14.500/kg, di atas HET");
    await page.getByTestId("aspek-harga-tindak-lanjut").fill("Teguran tertulis, cek ulang minggu depan");
    await page
      .getByTestId("aspek-harga-foto")
      .setInputFiles({ name: "temuan.png", mimeType: "image/png", buffer: PNG });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByTestId("checklist-submit").click();

    // The checklist's page: score 5 of 6, the photo, the follow-up open.
    await page.waitForURL(/\/monitoring\/[0-9a-f-]{36}$/);
    const checklistUrl = page.url();
    await page.getByTestId("checklist-score").getByText("Skor 5/6").waitFor();
    const harga = page.getByTestId("checklist-aspek-harga");
    await harga.getByText("Beras dijual Rp14.500/kg, di atas HET").waitFor();
    await harga.getByTestId("aspek-photo").waitFor();
    expect(
      await harga.getByTestId("aspek-photo").evaluate((img) => (img as HTMLImageElement).naturalWidth),
    ).toBe(1);
    expect(await harga.getByTestId("follow-up-status").textContent()).toBe("Terbuka");
    await page.getByTestId("checklist-support").waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // The summary counts the new checklist and its open follow-up; the list shows its score.
    await page.goto(`/monitoring?program=SEMBAKO&periode=${periode}`);
    const figure = async (testId: string) => Number(await summaryRow.getByTestId(testId).textContent());
    await expect.poll(() => figure("summary-checked"), { timeout: 30_000 }).toBe(checkedBefore + 1);
    expect(await figure("summary-open")).toBe(openBefore + 1);
    const agentRow = page.getByTestId(`monitoring-agent-${idAgen}`);
    expect(await agentRow.getByTestId("agent-score").textContent()).toContain("5/6");
    await page
      .getByTestId("monitoring-follow-ups")
      .getByText("Teguran tertulis, cek ulang minggu depan")
      .waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // Close the follow-up: a note is required, then it shows as done, by whom.
    await agentRow.getByTestId("agent-score").click();
    await page.waitForURL(checklistUrl);
    // While no follow-up is closed the findings can be corrected: Tepat mutu was not met either.
    await page.getByTestId("checklist-edit").click();
    await page.getByTestId("aspek-mutu").getByRole("switch").click();
    await page.getByTestId("aspek-mutu-temuan").fill("Dua butir telur retak");
    await page.getByTestId("checklist-submit").click();
    await page.getByTestId("checklist-score").getByText("Skor 4/6").waitFor();
    await page.getByTestId("checklist-aspek-mutu").getByText("Dua butir telur retak").waitFor();
    await page.getByTestId("close-follow-up-submit").click();
    await harga.getByText("catatan penyelesaian wajib diisi").waitFor();
    await page.getByTestId("close-follow-up-note").fill("Agen sudah menurunkan harga beras");
    await page.getByTestId("close-follow-up-submit").click();
    await harga.getByTestId("follow-up-status").getByText("Selesai").waitFor();
    await harga.getByText(/Agen sudah menurunkan harga beras/).waitFor();
    await page.goto(`/monitoring?program=SEMBAKO&periode=${periode}`);
    await summaryRow.getByTestId("summary-open").getByText(String(openBefore)).waitFor();
  });
});

/** In the page: a Sembako period and an agent of the caller's area with no checklist yet, oldest period first. */
function findUnchecked(page: import("playwright-core").Page) {
  return page.evaluate(async () => {
    const get = async <T>(url: string) => (await (await fetch(url)).json()) as T;
    const summary = await get<TSummary>("/api/monitoring/summary?program=SEMBAKO");
    for (const periode of [...summary.periods].reverse()) {
      const list = await get<TList>(`/api/monitoring?program=SEMBAKO&periode=${periode}`);
      const free = list.items.find((i) => i.checklist === null);
      if (free) return { periode, idAgen: free.agen.idAgen, kecamatan: free.agen.desa.code.slice(0, 8) };
    }
    return null;
  });
}

/** In the page: the caller's first scope (the demo TKSK's kecamatan). */
async function kecamatanOfMe(): Promise<string> {
  const { user } = (await (await fetch("/api/auth/me")).json()) as { user: { scopes: { code: string }[] } };
  return user.scopes[0]?.code ?? "";
}

/** In a Dinas Sosial page: last month's Sembako period and one agent in a desa of the kecamatan. */
async function provideAgent(kecamatan: string): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const now = new Date();
  const last = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  const periode = `${last.getFullYear()}-${String(last.getMonth() + 1).padStart(2, "0")}`;
  await fetch("/api/distribution/periods", {
    method: "POST",
    headers: { "content-type": "application/json", "x-csrf-token": csrfToken },
    body: JSON.stringify({ program: "SEMBAKO", periode }),
  });
  const desa = (await (await fetch(`/api/wilayah?parent=${kecamatan}`)).json()) as {
    items: { code: string }[];
  };
  const form = new FormData();
  const csv = `id_agen,nama,kode_desa,bank\nEW-UJI-6T,e-Warong Uji 6T,${desa.items[0]?.code ?? ""},BRI\n`;
  form.append("file", new File([csv], "agen.csv", { type: "text/csv" }));
  const started = await fetch("/api/distribution/agents/import", {
    method: "POST",
    headers: { "x-csrf-token": csrfToken },
    body: form,
  });
  const { jobId } = (await started.json()) as { jobId: string };
  for (let i = 0; i < 100; i++) {
    const job = (await (await fetch(`/api/jobs/${jobId}`)).json()) as { status: string };
    if (job.status !== "queued" && job.status !== "running") return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
