import { type SQL, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { makeAidFamily, type TAidFamily } from "./aid-fixture.ts";
import { dbTargets } from "./db-targets.ts";
import { makeAgent, makePeriod } from "./factories/index.ts";
import { DESA, DESA_2, OTHER_KEC, OUTSIDE_DESA, OWN_KEC } from "./regions.ts";
import { listFamily } from "./schedule-fixture.ts";
import { TEST_PASSWORD, testAppForSuite } from "./test-app.ts";
import { TestClient } from "./test-client.ts";

const PERIODE = "2026-03";

interface TDay {
  id: string;
  families: number;
  nominal: number;
  agen: { idAgen: string; nama: string };
  desa: { code: string; name: string };
  jamMulai: string;
  jamSelesai: string;
  familyList?: { familyId: string; noKk: string; noKks: string; nama: string | null; nominal: number }[];
}
interface TProblem {
  code: string;
  fields?: { field: string; message: string }[];
}

const day = (idAgen: string, extra: Record<string, unknown> = {}) => ({
  program: "SEMBAKO",
  periode: PERIODE,
  idAgen,
  tanggal: "2026-03-10",
  jamMulai: "08:00",
  jamSelesai: "12:00",
  ...extra,
});

describe.each(dbTargets)("distribution schedules on $name", (target) => {
  const t = testAppForSuite(target);
  let tksk: TestClient;
  let otherTksk: TestClient;
  let operator: TestClient;
  let operator2: TestClient;
  let agentA: TestClient;
  let agentB: TestClient;
  const fam: Record<string, TAidFamily> = {};

  const loginAs = async (role: "agen" | "operator_desa", scopes: string[], idAgen?: string) => {
    const user = await t.makeUser(role, scopes);
    if (idAgen) {
      await t.database.db.execute(sql`UPDATE agen SET user_id = ${user.id} WHERE id_agen = ${idAgen}`);
    }
    const client = new TestClient(t.app);
    await client.login(user.username, TEST_PASSWORD);
    return client;
  };

  beforeAll(async () => {
    tksk = await t.clientAs("tksk", [OWN_KEC]);
    otherTksk = await t.clientAs("tksk", [OTHER_KEC]);
    const db = t.database.db;
    await makePeriod(db, PERIODE);
    await makeAgent(db, { idAgen: "AG-A", desa: DESA, nama: "e-Warong Sumber Rejeki" });
    await makeAgent(db, { idAgen: "AG-B", desa: DESA, nama: "e-Warong Tetangga" });
    await makeAgent(db, { idAgen: "AG-C", desa: DESA_2, nama: "e-Warong Desa Dua" });
    await makeAgent(db, { idAgen: "AG-X", desa: OUTSIDE_DESA, nama: "e-Warong Luar" });
    fam.a1 = await makeAidFamily(t, DESA, "0101", { nama: "Sarinah Satu" });
    fam.a2 = await makeAidFamily(t, DESA, "0102", { nama: "Painem Dua" });
    fam.a3 = await makeAidFamily(t, DESA, "0103", { nama: "Tukini Tiga" });
    fam.unlisted = await makeAidFamily(t, DESA, "0104", { nama: "Belum Terdaftar" });
    fam.d2 = await makeAidFamily(t, DESA_2, "0105", { nama: "Warga Desa Dua" });
    fam.outside = await makeAidFamily(t, OUTSIDE_DESA, "0106", { nama: "Warga Luar" });
    await listFamily(t, fam.a1 as TAidFamily, DESA, PERIODE, { nominal: 200_000 });
    await listFamily(t, fam.a2 as TAidFamily, DESA, PERIODE, { nominal: 200_000 });
    await listFamily(t, fam.a3 as TAidFamily, DESA, PERIODE, { nominal: 150_000 });
    await listFamily(t, fam.d2 as TAidFamily, DESA_2, PERIODE);
    await listFamily(t, fam.outside as TAidFamily, OUTSIDE_DESA, PERIODE);
    // Listed in another month: never taken for this period's day.
    await listFamily(t, fam.unlisted as TAidFamily, DESA, "2026-02");
    agentA = await loginAs("agen", [DESA], "AG-A");
    agentB = await loginAs("agen", [DESA], "AG-B");
    operator = await loginAs("operator_desa", [DESA]);
    operator2 = await loginAs("operator_desa", [DESA_2]);
  });

  const count = (query: SQL) => t.count(query);
  const snapshot = async () => ({
    days: await count(sql`SELECT count(*)::int AS n FROM jadwal_penyaluran`),
    families: await count(sql`SELECT count(*)::int AS n FROM jadwal_keluarga`),
    audits: await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'schedule.%'`),
  });
  const denied = () => count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'access.denied'`);
  const listIds = async (client: TestClient, query = "") => {
    const response = await client.get(`/api/distribution/schedules?periode=${PERIODE}${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { items: TDay[] }).items.map((d) => d.id);
  };

  let firstDay: TDay;

  it("builds a day with every listed family of the agent's desa not yet scheduled, audited", async () => {
    const before = await snapshot();
    const response = await tksk.post("/api/distribution/schedules", day("AG-A", { catatan: "Bawa KKS" }));
    expect(response.statusCode, response.body).toBe(201);
    firstDay = response.json() as TDay;
    expect(firstDay).toMatchObject({
      families: 3,
      nominal: 550_000,
      agen: { idAgen: "AG-A", nama: "e-Warong Sumber Rejeki" },
      desa: { code: DESA },
      jamMulai: "08:00",
      jamSelesai: "12:00",
    });
    const names = (firstDay.familyList ?? []).map((f) => f.nama).sort();
    expect(names).toEqual(["Painem Dua", "Sarinah Satu", "Tukini Tiga"]);
    for (const f of firstDay.familyList ?? []) {
      expect(f.noKk).toContain("•");
      expect(f.noKks).toContain("•");
    }
    expect(await snapshot()).toEqual({
      days: before.days + 1,
      families: before.families + 3,
      audits: before.audits + 1,
    });
    const [audit] = await queryRows<{ wilayah_code: string; data: { families: number } }>(
      t.database.db,
      sql`SELECT wilayah_code, data FROM audit_log WHERE action = 'schedule.create' AND entity_id = ${firstDay.id}`,
    );
    expect(audit).toMatchObject({ wilayah_code: DESA, data: { families: 3 } });
  });

  it("refuses a family already scheduled in the period, naming how many, and changes nothing", async () => {
    const before = await snapshot();
    const again = await tksk.post("/api/distribution/schedules", day("AG-B"));
    expect(again.statusCode).toBe(409);
    const taken = await tksk.post(
      "/api/distribution/schedules",
      day("AG-B", { familyIds: [fam.a1?.id, fam.a2?.id] }),
    );
    expect(taken.statusCode).toBe(409);
    const problem = taken.json() as TProblem;
    expect(problem.fields?.[0]?.field).toBe("familyIds");
    expect(problem.fields?.[0]?.message).toMatch(/^2 keluarga sudah terjadwal/);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses bad input naming each field, and families not on the period's list in the scope", async () => {
    const before = await snapshot();
    const bad = await tksk.post(
      "/api/distribution/schedules",
      day("AG-C", { tanggal: "2026-04-02", jamMulai: "13:00", jamSelesai: "09:00" }),
    );
    expect(bad.statusCode).toBe(400);
    const fields = ((bad.json() as TProblem).fields ?? []).map((f) => f.field.replace(/^body\./, "")).sort();
    expect(fields).toEqual(["jamSelesai", "tanggal"]);
    const badTime = await tksk.post("/api/distribution/schedules", day("AG-C", { jamMulai: "8 pagi" }));
    expect(badTime.statusCode).toBe(400);
    const noPeriod = await tksk.post(
      "/api/distribution/schedules",
      day("AG-C", { periode: "2026-05", tanggal: "2026-05-04" }),
    );
    expect(noPeriod.statusCode).toBe(400);
    expect((noPeriod.json() as TProblem).fields?.[0]?.field).toBe("periode");
    for (const family of [fam.unlisted, fam.outside]) {
      const notListed = await tksk.post(
        "/api/distribution/schedules",
        day("AG-C", { familyIds: [fam.d2?.id, family?.id] }),
      );
      expect(notListed.statusCode).toBe(400);
      expect((notListed.json() as TProblem).fields?.[0]?.message).toMatch(
        /^1 keluarga tidak ada di daftar bayar/,
      );
    }
    expect(await snapshot()).toEqual(before);
  });

  it("answers 404 for an agent outside the scope, leaving an access.denied row", async () => {
    const before = await snapshot();
    const deniedBefore = await denied();
    const response = await tksk.post("/api/distribution/schedules", day("AG-X"));
    expect(response.statusCode).toBe(404);
    expect(await denied()).toBe(deniedBefore + 1);
    const missing = await tksk.post("/api/distribution/schedules", day("AG-TIDAK-ADA"));
    expect(missing.statusCode).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it("shows a day to the TKSK, its desa and its own agent only", async () => {
    expect(await listIds(tksk)).toContain(firstDay.id);
    expect(await listIds(tksk, `&desa=${DESA_2}`)).toEqual([]);
    expect(await listIds(tksk, "&idAgen=AG-A")).toEqual([firstDay.id]);
    expect(await listIds(operator)).toEqual([firstDay.id]);
    expect(await listIds(agentA)).toEqual([firstDay.id]);
    expect(await listIds(agentB)).toEqual([]);
    expect(await listIds(operator2)).toEqual([]);
    expect(await listIds(otherTksk)).toEqual([]);
    const own = await agentA.get(`/api/distribution/schedules/${firstDay.id}`);
    expect(own.statusCode).toBe(200);
    expect((own.json() as TDay).familyList).toHaveLength(3);
    for (const outsider of [agentB, operator2, otherTksk]) {
      const deniedBefore = await denied();
      expect((await outsider.get(`/api/distribution/schedules/${firstDay.id}`)).statusCode).toBe(404);
      expect((await outsider.get(`/api/distribution/schedules/${firstDay.id}/pdf`)).statusCode).toBe(404);
      expect(await denied()).toBe(deniedBefore + 2);
    }
    expect((await tksk.get("/api/distribution/schedules/bukan-id")).statusCode).toBe(404);
  });

  it("counts each agent's listed and scheduled families", async () => {
    const response = await tksk.get(`/api/distribution/schedules/agents?periode=${PERIODE}`);
    expect(response.statusCode).toBe(200);
    const items = (
      response.json() as { items: { idAgen: string; listed: number; scheduled: number; days: number }[] }
    ).items;
    expect(items.map((a) => a.idAgen).sort()).toEqual(["AG-A", "AG-B", "AG-C"]);
    expect(items.find((a) => a.idAgen === "AG-A")).toMatchObject({ listed: 3, scheduled: 3, days: 1 });
    expect(items.find((a) => a.idAgen === "AG-C")).toMatchObject({ listed: 1, scheduled: 0, days: 0 });
    const mine = await agentB.get(`/api/distribution/schedules/agents?periode=${PERIODE}`);
    expect((mine.json() as { items: { idAgen: string }[] }).items.map((a) => a.idAgen)).toEqual(["AG-B"]);
  });

  it("prints the day as an A4 PDF, audited", async () => {
    const before = await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'schedule.print'`);
    const response = await agentA.get(`/api/distribution/schedules/${firstDay.id}/pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const body = response.rawPayload;
    expect(body.subarray(0, 5).toString()).toBe("%PDF-");
    expect(body.toString("latin1").match(/\/Type \/Page\b/g)?.length).toBe(1);
    expect(body.toString("latin1")).toMatch(/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'schedule.print'`)).toBe(
      before + 1,
    );
  });

  it("continues a long day's table over several pages", async () => {
    await makePeriod(t.database.db, "2026-06");
    const many: string[] = [];
    for (let i = 0; i < 45; i++) {
      const family = await makeAidFamily(t, DESA_2, String(2000 + i), { nama: `Keluarga Panjang ${i}` });
      await listFamily(t, family, DESA_2, "2026-06");
      many.push(family.id);
    }
    const created = await tksk.post(
      "/api/distribution/schedules",
      day("AG-C", { periode: "2026-06", tanggal: "2026-06-15", familyIds: many }),
    );
    expect(created.statusCode, created.body).toBe(201);
    expect((created.json() as TDay).families).toBe(45);
    const pdf = await tksk.get(`/api/distribution/schedules/${(created.json() as TDay).id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.toString("latin1").match(/\/Type \/Page\b/g)?.length).toBeGreaterThan(1);
  });

  it("lets only one of two days racing for the same families take them", async () => {
    await makePeriod(t.database.db, "2026-07");
    const racers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const family = await makeAidFamily(t, DESA_2, String(3000 + i), { nama: `Keluarga Balap ${i}` });
      await listFamily(t, family, DESA_2, "2026-07");
      racers.push(family.id);
    }
    const body = day("AG-C", { periode: "2026-07", tanggal: "2026-07-01", familyIds: racers });
    const results = await Promise.all([
      tksk.post("/api/distribution/schedules", body),
      tksk.post("/api/distribution/schedules", { ...body, tanggal: "2026-07-02" }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await count(sql`SELECT count(*)::int AS n FROM jadwal_keluarga WHERE periode = '2026-07'`)).toBe(
      5,
    );
  });

  it("deletes a day (not from another scope), freeing its families for a new day", async () => {
    const deniedBefore = await denied();
    expect((await otherTksk.request("DELETE", `/api/distribution/schedules/${firstDay.id}`)).statusCode).toBe(
      404,
    );
    expect(await denied()).toBe(deniedBefore + 1);
    expect((await agentA.request("DELETE", `/api/distribution/schedules/${firstDay.id}`)).statusCode).toBe(
      403,
    );
    const before = await snapshot();
    const response = await tksk.request("DELETE", `/api/distribution/schedules/${firstDay.id}`);
    expect(response.statusCode).toBe(204);
    expect(await snapshot()).toEqual({
      days: before.days - 1,
      families: before.families - 3,
      audits: before.audits + 1,
    });
    expect((await tksk.get(`/api/distribution/schedules/${firstDay.id}`)).statusCode).toBe(404);
    const rebuilt = await tksk.post("/api/distribution/schedules", day("AG-B", { tanggal: "2026-03-12" }));
    expect(rebuilt.statusCode, rebuilt.body).toBe(201);
    expect((rebuilt.json() as TDay).families).toBe(3);
  });
});
