import { randomUUID } from "node:crypto";
import type { TRealisasiFamilies, TRealisasiReport } from "@kawal/core";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";
import {
  addTransaction,
  listFamily,
  makePeriods,
  PERIODE,
  PROGRAM,
  type TListedFamily,
} from "./reconcile-fixture.ts";
import { DESA, DESA_2 as DESA_B, OUTSIDE_DESA as OTHER_KEC_DESA, OWN_KEC } from "./regions.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

const UNLISTED_CARD = "5999000000000009";

/**
 * The Realisasi tab's API: quota vs realised per desa, one desa's families with the reasons, the
 * exports, and the reason a companion records in the field (a command with an idempotency key).
 */
describe.each(dbTargets)("realisasi on $name", (target) => {
  const t = testAppForSuite(target);
  let tksk: TestClient;
  let psm: TestClient;
  let operator: TestClient;
  let outsider: TestClient;
  const fam: TListedFamily[] = [];
  const families = async (client: TestClient, query: string) =>
    client.get(`/api/distribution/realisasi/families?periode=${PERIODE}&desa=${DESA}${query}`);
  const audits = (action: string) => t.auditCount(action);

  beforeAll(async () => {
    tksk = await t.clientAs("tksk", [OWN_KEC]);
    psm = await t.clientAs("psm", [DESA]);
    operator = await t.clientAs("operator_desa", [DESA]);
    outsider = await t.clientAs("tksk", ["35.17.17"]);
    await makePeriods(t);
    // Desa A: 6 families — 2 in full, 1 in part, 3 with nothing; and one unlisted card. Desa B: 2, 1 in full.
    for (let i = 1; i <= 6; i++) fam.push(await listFamily(t, DESA, `010${i}`, `Keluarga A${i}`));
    fam.push(await listFamily(t, DESA_B, "0201", "Keluarga B1", { nominal: 300_000 }));
    fam.push(await listFamily(t, DESA_B, "0202", "Keluarga B2", { nominal: 300_000 }));
    fam.push(await listFamily(t, OTHER_KEC_DESA, "0301", "Keluarga Luar"));
    const card = (i: number) => (fam[i] as TListedFamily).noKks;
    await addTransaction(t, card(0), DESA, 200_000, "berhasil", "2026-01-05T09:00:00+07:00");
    await addTransaction(t, card(1), DESA, 200_000, "berhasil", "2026-01-05T09:00:00+07:00");
    await addTransaction(t, card(2), DESA, 50_000, "berhasil", "2026-01-05T09:00:00+07:00");
    await addTransaction(t, card(4), DESA, 200_000, "gagal", "2026-01-05T09:00:00+07:00", {
      alasan: "saldo tidak cukup",
    });
    await addTransaction(t, card(6), DESA_B, 300_000, "berhasil", "2026-01-05T09:00:00+07:00");
    await addTransaction(t, UNLISTED_CARD, DESA, 75_000, "berhasil", "2026-01-06T09:00:00+07:00");
    const admin = await t.clientAs("admin", ["ID"]);
    expect((await admin.post("/api/distribution/reconcile", { periode: PERIODE })).statusCode).toBe(200);
  });

  it("gives quota vs realised per desa of the scope, with names and totals", async () => {
    const response = await tksk.get(`/api/distribution/realisasi?periode=${PERIODE}`);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json() as TRealisasiReport;
    expect(report.program).toBe(PROGRAM);
    expect(report.computedAt).not.toBeNull();
    expect(report.rows.map((r) => r.desa.code).sort()).toEqual([DESA, DESA_B]);
    const a = report.rows.find((r) => r.desa.code === DESA);
    expect(a).toMatchObject({
      kecamatan: { code: OWN_KEC },
      kuota: 6,
      realisasi: 3,
      persen: 50,
      tersalur: 2,
      sebagian: 1,
      belum: 3,
      tidakTerdaftar: 1,
      nominalDaftar: 1_200_000,
      nominalRealisasi: 450_000,
    });
    expect(a?.desa.name.length).toBeGreaterThan(0);
    expect(a?.kecamatan.name).toMatch(/bandarkedungmulyo/i);
    expect(report.total).toMatchObject({ kuota: 8, realisasi: 4, persen: 50, nominalDaftar: 1_800_000 });

    // A desa user sees its desa only; a region narrows; the family outside the scope is never counted.
    const mine = (await psm.get(`/api/distribution/realisasi?periode=${PERIODE}`)).json() as TRealisasiReport;
    expect(mine.rows.map((r) => r.desa.code)).toEqual([DESA]);
    const narrowed = (
      await tksk.get(`/api/distribution/realisasi?periode=${PERIODE}&wilayah=${DESA_B}`)
    ).json() as TRealisasiReport;
    expect(narrowed.total).toMatchObject({ kuota: 2, realisasi: 1, persen: 50 });
    const never = (await tksk.get("/api/distribution/realisasi?periode=2026-02")).json() as TRealisasiReport;
    expect(never).toMatchObject({ computedAt: null, rows: [], total: { kuota: 0, persen: 0 } });
  });

  it("lists a desa's families, those without aid first, masked, with the holder's name and the reason", async () => {
    const response = await families(tksk, "");
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as TRealisasiFamilies;
    expect(body.items.map((i) => i.kelas)).toEqual([
      "belum",
      "belum",
      "belum",
      "sebagian",
      "tersalur",
      "tersalur",
      "tidak_terdaftar",
    ]);
    const a5 = body.items.find((i) => i.nama === "Istri Keluarga A5");
    expect(a5).toMatchObject({ kelas: "belum", alasan: "saldo tidak cukup", alasanSumber: "bank" });
    expect(a5?.familyId).toBe(fam[4]?.id);
    expect(a5?.noKk).toMatch(/^3517•+0105$/);
    expect(a5?.noKks).not.toContain(fam[4]?.noKks.slice(4, 12));
    expect(response.body).not.toContain(fam[4]?.noKk ?? "-");
    expect(response.body).not.toContain(fam[4]?.noKks ?? "-");
    const stray = body.items.find((i) => i.kelas === "tidak_terdaftar");
    expect(stray).toMatchObject({ familyId: null, noKk: null, nama: null, nominalRealisasi: 75_000 });

    // Paged: the cursor carries no number and continues where the page ended.
    const first = (await families(tksk, "&limit=4")).json() as TRealisasiFamilies;
    expect(first.items).toHaveLength(4);
    expect(first.nextCursor).not.toBeNull();
    expect(first.nextCursor).not.toMatch(/\d{16}/);
    const second = (
      await families(tksk, `&limit=4&cursor=${encodeURIComponent(first.nextCursor ?? "")}`)
    ).json() as TRealisasiFamilies;
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((i) => i.noKks)).toEqual(body.items.map((i) => i.noKks));
    const belum = (await families(tksk, "&kelas=belum")).json() as TRealisasiFamilies;
    expect(belum.items).toHaveLength(3);
  });

  it("answers 404 and audits the read for a desa outside the scope", async () => {
    const before = await audits("access.denied");
    const response = await outsider.get(
      `/api/distribution/realisasi/families?periode=${PERIODE}&desa=${DESA}`,
    );
    expect(response.statusCode).toBe(404);
    expect(await audits("access.denied")).toBe(before + 1);
    const kec = await tksk.get(`/api/distribution/realisasi/families?periode=${PERIODE}&desa=${OWN_KEC}`);
    expect(kec.statusCode).toBe(400);
  });

  it("exports the report as CSV, XLSX and PDF, audited", async () => {
    const before = await audits("distribution.realisasi_export");
    const csv = await tksk.get(`/api/distribution/realisasi/export?periode=${PERIODE}&format=csv`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers["content-disposition"]).toContain(`realisasi-sembako-${PERIODE}.csv`);
    const lines = csv.body.trim().split("\n");
    expect(lines[0]).toBe(
      "kode_kecamatan,kecamatan,kode_desa,desa,kuota,realisasi,persen,tersalur,sebagian,belum,tidak_terdaftar,nominal_daftar,nominal_realisasi",
    );
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.includes(DESA))).toMatch(/,6,3,50,2,1,3,1,1200000,450000$/);
    expect(lines.at(-1)).toMatch(/JUMLAH,8,4,50,/);

    const xlsx = await tksk.get(`/api/distribution/realisasi/export?periode=${PERIODE}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("realisasi");
    expect(sheet?.rowCount).toBe(4);
    expect(sheet?.getRow(4).getCell(5).value).toBe(8);

    const pdf = await tksk.get(`/api/distribution/realisasi/export?periode=${PERIODE}&format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.rawPayload.length).toBeGreaterThan(1500);
    expect(await audits("distribution.realisasi_export")).toBe(before + 3);

    const bad = await tksk.get(`/api/distribution/realisasi/export?periode=${PERIODE}&format=doc`);
    expect(bad.statusCode).toBe(400);
  });

  it("records a field reason once per key, shows it at once, and refuses what it must", async () => {
    const target = fam[3] as TListedFamily; // A4: nothing received, no reason yet
    const body = {
      periode: PERIODE,
      familyId: target.id,
      alasan: "tidak_hadir",
      keterangan: "sakit di rumah",
    };
    const key = randomUUID();
    const first = await psm.post("/api/distribution/reasons", body, { "idempotency-key": key });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers["idempotent-replayed"]).toBe("false");
    expect(first.json()).toMatchObject({ familyId: target.id, program: PROGRAM, alasan: "tidak_hadir" });
    const again = await psm.post("/api/distribution/reasons", body, { "idempotency-key": key });
    expect(again.statusCode).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.json()).toEqual(first.json());
    const stored = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM alasan_belum WHERE no_kk = ${target.noKk}`,
    );
    expect(stored[0]?.n).toBe(1);
    expect(await audits("distribution.reason")).toBe(1);

    const listed = (await families(psm, "&kelas=belum")).json() as TRealisasiFamilies;
    expect(listed.items.find((i) => i.familyId === target.id)).toMatchObject({
      alasan: "tidak_hadir",
      alasanSumber: "lapangan",
      keterangan: "sakit di rumah",
    });

    // The same key for another reason is a client fault.
    const reused = await psm.post(
      "/api/distribution/reasons",
      { ...body, alasan: "pindah" },
      { "idempotency-key": key },
    );
    expect(reused.statusCode).toBe(409);
    expect(reused.body).toContain("idempotency-key");
    const noKey = await psm.post("/api/distribution/reasons", body);
    expect(noKey.statusCode).toBe(400);
    // Not on the period's list; outside the scope (404, audited); a role without the permission.
    const notListed = await psm.post(
      "/api/distribution/reasons",
      { ...body, periode: "2026-02" },
      { "idempotency-key": randomUUID() },
    );
    expect(notListed.statusCode).toBe(400);
    expect(notListed.body).toContain("familyId");
    const before = await audits("access.denied");
    const outside = await psm.post(
      "/api/distribution/reasons",
      { ...body, familyId: fam[8]?.id },
      { "idempotency-key": randomUUID() },
    );
    expect(outside.statusCode).toBe(404);
    expect(await audits("access.denied")).toBe(before + 1);
    const forbidden = await operator.post("/api/distribution/reasons", body, {
      "idempotency-key": randomUUID(),
    });
    expect(forbidden.statusCode).toBe(403);
    const badCode = await psm.post(
      "/api/distribution/reasons",
      { ...body, alasan: "lupa" },
      { "idempotency-key": randomUUID() },
    );
    expect(badCode.statusCode).toBe(400);
    expect(badCode.body).toContain("alasan");
  });
});
