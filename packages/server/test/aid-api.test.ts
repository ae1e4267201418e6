import { randomUUID } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { enrol, makeAidFamily, registerFakirMiskin, type TAidFamily } from "./aid-fixture.ts";
import { dbTargets } from "./db-targets.ts";
import { DESA, DESA_2 as OTHER_DESA_OWN_KEC, OTHER_KEC, OUTSIDE_DESA, OWN_KEC } from "./regions.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

/** Two months ago: inside the default 12-month window, outside a 1-month one. */
const TWO_MONTHS_AGO = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
const gift = {
  jenisPemberi: "perusahaan",
  pemberi: "CSR PT Gula Jombang",
  bentuk: "sembako",
  uraian: "Paket beras 10 kg dan minyak",
  nilai: "Rp150.000",
  tanggal: TWO_MONTHS_AGO,
};

interface TOverlapBody {
  piled: { familyId: string; programs: string[]; gifts: number; sources: number; noKk: string }[];
  without: { familyId: string; desil: number | null; fakirMiskin: boolean }[];
}

describe.each(dbTargets)("non-government aid on $name", (target) => {
  const t = testAppForSuite(target);
  let tksk: TestClient;
  let psm: TestClient;
  let otherTksk: TestClient;
  let admin: TestClient;
  const fam: Record<string, TAidFamily> = {};

  beforeAll(async () => {
    tksk = await t.clientAs("tksk", [OWN_KEC]);
    psm = await t.clientAs("psm", [DESA]);
    otherTksk = await t.clientAs("tksk", [OTHER_KEC]);
    admin = await t.clientAs("admin", ["ID"]);
    fam.recipient = await makeAidFamily(t, DESA, "0001", { nama: "Sutrisno Penerima", desil: 5 });
    fam.poor = await makeAidFamily(t, DESA, "0002", { nama: "Paijo Miskin", desil: 2 });
    fam.enrolled = await makeAidFamily(t, DESA, "0003", { nama: "Karto Peserta", desil: 2 });
    fam.rich = await makeAidFamily(t, DESA, "0004", { nama: "Harjo Mampu", desil: 7 });
    fam.fmByKk = await makeAidFamily(t, DESA, "0005", { nama: "Warsini Fakir", desil: 6 });
    fam.fmByNik = await makeAidFamily(t, DESA, "0006", { nama: "Sarmi Fakir", desil: 6 });
    fam.piled = await makeAidFamily(t, DESA, "0007", { nama: "Slamet Menumpuk", desil: 3 });
    fam.elsewhere = await makeAidFamily(t, OTHER_DESA_OWN_KEC, "0008", { nama: "Tukiran Sebelah", desil: 1 });
    fam.outside = await makeAidFamily(t, OUTSIDE_DESA, "0009", { nama: "Bambang Luar", desil: 1 });
    await enrol(t, fam.enrolled, DESA, "SEMBAKO");
    await enrol(t, fam.piled, DESA, "SEMBAKO");
    await enrol(t, fam.piled, DESA, "PKH", "ditangguhkan");
    // An ended enrolment is history: it does not count as aid now.
    await enrol(t, fam.poor, DESA, "PKH", "graduasi");
    await registerFakirMiskin(t, fam.fmByKk, DESA, "no_kk");
    await registerFakirMiskin(t, fam.fmByNik, DESA, "nik");
  });

  const count = (query: SQL) => t.count(query);
  const snapshot = async () => ({
    gifts: await count(sql`SELECT count(*)::int AS n FROM bantuan_lain`),
    audits: await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'aid.record'`),
  });
  const denied = () => count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'access.denied'`);
  const record = (client: TestClient, family: TAidFamily, body: unknown, key: string | null = randomUUID()) =>
    client.post(`/api/registry/families/${family.id}/aid`, body, key ? { "idempotency-key": key } : {});

  it("records a gift once, and a retry with the same key answers the stored gift", async () => {
    const before = await snapshot();
    const key = randomUUID();
    const first = await record(tksk, fam.recipient as TAidFamily, gift, key);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers["idempotent-replayed"]).toBe("false");
    const body = first.json() as { id: string; nilai: number; noKk: string; kepala: string; pemberi: string };
    expect(body).toMatchObject({ nilai: 150_000, kepala: "Sutrisno Penerima", pemberi: gift.pemberi });
    expect(body.noKk).toContain("•");
    const retry = await record(tksk, fam.recipient as TAidFamily, gift, key);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect((retry.json() as { id: string }).id).toBe(body.id);
    expect(await snapshot()).toEqual({ gifts: before.gifts + 1, audits: before.audits + 1 });
    // The same key for another gift is a client fault, not a replay.
    const reused = await record(tksk, fam.recipient as TAidFamily, { ...gift, nilai: 1 }, key);
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: "CONFLICT", fields: [{ field: "headers.idempotency-key" }] });
    expect(await snapshot()).toEqual({ gifts: before.gifts + 1, audits: before.audits + 1 });
  });

  it("refuses bad input naming each field and the reason, storing nothing", async () => {
    const before = await snapshot();
    const response = await record(tksk, fam.recipient as TAidFamily, {
      jenisPemberi: "bank",
      pemberi: "  ",
      bentuk: "emas",
      nilai: "150,000",
      tanggal: "2999-01-01",
    });
    expect(response.statusCode).toBe(400);
    expect(String(response.headers["content-type"])).toMatch(/^application\/problem\+json/);
    const problem = response.json() as { code: string; fields: { field: string; message: string }[] };
    expect(problem.code).toBe("VALIDATION");
    const fields = problem.fields.map((f) => f.field.replace(/^body\./, "")).sort();
    expect(fields).toEqual(["bentuk", "jenisPemberi", "nilai", "pemberi", "tanggal"]);
    expect(problem.fields.find((f) => f.field.endsWith("tanggal"))?.message).toMatch(/masa depan/);
    const negative = await record(tksk, fam.recipient as TAidFamily, { ...gift, nilai: -5 });
    expect(negative.statusCode).toBe(400);
    const noKey = await record(tksk, fam.recipient as TAidFamily, gift, null);
    expect(noKey.statusCode).toBe(400);
    expect(JSON.stringify(noKey.json())).toMatch(/idempotency-key/);
    expect(await snapshot()).toEqual(before);
  });

  it("answers 404 outside the scope, like a missing family, and audits the attempt", async () => {
    const before = await snapshot();
    const deniedBefore = await denied();
    const write = await record(tksk, fam.outside as TAidFamily, gift);
    expect(write.statusCode).toBe(404);
    const read = await tksk.get(`/api/registry/families/${fam.outside?.id}/aid`);
    expect(read.statusCode).toBe(404);
    const missing = await tksk.get(`/api/registry/families/${randomUUID()}/aid`);
    expect(missing.statusCode).toBe(404);
    expect(await denied()).toBe(deniedBefore + 2);
    expect(await snapshot()).toEqual(before);
    // The PSM of one desa cannot reach the next desa's family either.
    expect((await record(psm, fam.elsewhere as TAidFamily, gift)).statusCode).toBe(404);
  });

  it("lists a family's gifts and programmes, and the ledger of the scope with masked numbers", async () => {
    await record(psm, fam.piled as TAidFamily, {
      ...gift,
      jenisPemberi: "masjid",
      pemberi: "Masjid Al-Ikhlas",
    });
    const family = (await tksk.get(`/api/registry/families/${fam.piled?.id}/aid`)).json() as {
      items: { pemberi: string }[];
      programs: string[];
      total: number;
    };
    expect(family.programs).toEqual(["PKH", "SEMBAKO"]);
    expect(family.items.map((i) => i.pemberi)).toEqual(["Masjid Al-Ikhlas"]);
    expect(family.total).toBe(150_000);

    const page = (await tksk.get(`/api/aid?desa=${DESA}&limit=1`)).json() as {
      items: { familyId: string; noKk: string; kepala: string }[];
      nextCursor: string | null;
    };
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.noKk).toMatch(/^3517••••••••\d{4}$/);
    expect(page.nextCursor).not.toBeNull();
    const next = (await tksk.get(`/api/aid?desa=${DESA}&limit=1&cursor=${page.nextCursor}`)).json() as {
      items: { familyId: string }[];
    };
    expect(next.items).toHaveLength(1);
    expect(next.items[0]?.familyId).not.toBe(page.items[0]?.familyId);
    const outsider = (await otherTksk.get("/api/aid")).json() as { items: unknown[] };
    expect(outsider.items).toEqual([]);
  });

  it("shows the overlap of a desa: eligible families with nothing, and those aid piles up on", async () => {
    const response = await tksk.get(`/api/aid/overlap?desa=${DESA}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as TOverlapBody;
    const without = body.without.map((f) => f.familyId);
    expect(without).toContain(fam.poor?.id);
    expect(without).toContain(fam.fmByKk?.id);
    expect(without).toContain(fam.fmByNik?.id);
    expect(without).not.toContain(fam.enrolled?.id);
    expect(without).not.toContain(fam.rich?.id);
    expect(without).not.toContain(fam.recipient?.id);
    expect(without).not.toContain(fam.elsewhere?.id);
    expect(body.without.find((f) => f.familyId === fam.fmByKk?.id)?.fakirMiskin).toBe(true);
    expect(body.piled[0]).toMatchObject({
      familyId: fam.piled?.id,
      programs: ["PKH", "SEMBAKO"],
      gifts: 1,
      sources: 3,
    });
    expect(body.piled[0]?.noKk).toContain("•");
    // One gift alone is one source: not piling up.
    expect(body.piled.map((f) => f.familyId)).not.toContain(fam.recipient?.id);
    // A window that ends before the gifts drops them.
    const short = (await tksk.get(`/api/aid/overlap?desa=${DESA}&bulan=1`)).json() as TOverlapBody;
    expect(short.piled.find((f) => f.familyId === fam.piled?.id)?.sources).toBe(2);
  });

  it("answers 404 with an audit row for a desa outside the scope, 404 alone for an unknown one", async () => {
    const before = await denied();
    expect((await tksk.get(`/api/aid/overlap?desa=${OUTSIDE_DESA}`)).statusCode).toBe(404);
    expect(await denied()).toBe(before + 1);
    expect((await psm.get(`/api/aid/overlap?desa=${OTHER_DESA_OWN_KEC}`)).statusCode).toBe(404);
    expect((await tksk.get("/api/aid/overlap?desa=35.17.18.2999")).statusCode).toBe(404);
    expect(await denied()).toBe(before + 2);
    expect((await tksk.get("/api/aid/overlap?desa=35.17.18")).statusCode).toBe(400);
    expect((await tksk.get(`/api/aid/overlap/export?desa=${OUTSIDE_DESA}&format=csv`)).statusCode).toBe(404);
  });

  it("summarises each desa of the scope", async () => {
    const body = (await tksk.get("/api/aid/overlap/summary")).json() as {
      items: { desa: { code: string }; families: number; eligibleWithout: number; piled: number }[];
    };
    expect(body.items.map((i) => i.desa.code)).toEqual([DESA, OTHER_DESA_OWN_KEC]);
    expect(body.items[0]).toMatchObject({ families: 7, eligibleWithout: 3, piled: 1 });
    expect(body.items[1]).toMatchObject({ families: 1, eligibleWithout: 1, piled: 0 });
    const mine = (await psm.get("/api/aid/overlap/summary")).json() as {
      items: { desa: { code: string } }[];
    };
    expect(mine.items.map((i) => i.desa.code)).toEqual([DESA]);
  });

  it("exports the Tikor list as CSV and XLSX, numbers masked unless the role may see them, audited", async () => {
    const audits = () =>
      count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'aid.overlap_export'`);
    const before = await audits();
    const csv = await psm.get(`/api/aid/overlap/export?desa=${DESA}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(String(csv.headers["content-disposition"])).toMatch(
      /attachment; filename="tikor-bantuan-.*\.csv"/,
    );
    const lines = csv.body.trim().split("\n");
    expect(lines[0]).toMatch(/^daftar,kode_desa,desa,no_kk,kepala_keluarga/);
    expect(csv.body).toContain("Slamet Menumpuk");
    expect(csv.body).not.toContain(fam.poor?.noKk);
    expect(csv.body).toContain("layak_tanpa_bantuan");
    const full = await admin.get(`/api/aid/overlap/export?desa=${DESA}&format=csv`);
    expect(full.body).toContain(fam.poor?.noKk);
    const xlsx = await tksk.get(`/api/aid/overlap/export?desa=${DESA}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("tikor");
    expect(sheet?.getRow(2).getCell(4).value).toBe(fam.piled?.noKk);
    expect(await audits()).toBe(before + 3);
  });
});
