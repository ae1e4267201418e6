import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";
import { listOnPaymentList, makeAgent, makeHeadOnlyFamily } from "./factories/index.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

/** Periods, payment-list summary and pages, injection marking and agents through the HTTP API. */
describe.each(dbTargets)("distribution lists API on $name", (target) => {
  const t = testAppForSuite(target);
  let dinsos: TestClient & { userId: string };
  const own = "35.17.18.2003";
  const ownOther = "35.17.18.2004";
  const away = "35.17.17.2002";

  const denied = () => t.auditCount("access.denied");

  /** A head-only family in a desa with one payment row for SEMBAKO 2025-03. */
  let serial = 0;
  async function listed(desa: string, nominal = 200_000): Promise<void> {
    serial += 1;
    const s = String(serial).padStart(4, "0");
    const db = t.database.db;
    const family = await makeHeadOnlyFamily(db, desa, s, { nama: `Pengurus ${s}` });
    await listOnPaymentList(db, {
      periode: "2025-03",
      noKk: family.noKk,
      desa,
      nikPengurus: family.nik,
      nominal,
      noKks: `601900120000${s}`,
      bank: "BRI",
    });
  }

  beforeAll(async () => {
    dinsos = await t.clientAs("dinsos", ["35.17.18"]);
    for (let i = 0; i < 3; i++) await listed(own);
    await listed(ownOther, 400_000);
    await listed(away);
  });

  it("opens periods with the month as default dates, the PKH stage required, and a second one refused", async () => {
    const created = await dinsos.post("/api/distribution/periods", {
      program: "sembako",
      periode: "2025-02",
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toEqual({
      program: "SEMBAKO",
      periode: "2025-02",
      tahap: null,
      mulai: "2025-02-01",
      selesai: "2025-02-28",
    });
    const pkh = await dinsos.post("/api/distribution/periods", {
      program: "PKH",
      periode: "2025-04",
      tahap: 2,
      mulai: "2025-04-10",
      selesai: "2025-04-25",
    });
    expect(pkh.json()).toMatchObject({ tahap: 2, mulai: "2025-04-10", selesai: "2025-04-25" });

    const noStage = await dinsos.post("/api/distribution/periods", { program: "PKH", periode: "2025-07" });
    expect(noStage.statusCode).toBe(400);
    expect(JSON.stringify(noStage.json())).toContain("tahap");
    const sembakoStage = await dinsos.post("/api/distribution/periods", {
      program: "SEMBAKO",
      periode: "2025-07",
      tahap: 1,
    });
    expect(sembakoStage.statusCode).toBe(400);
    const unknown = await dinsos.post("/api/distribution/periods", { program: "ZAKAT", periode: "2025-07" });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json())).toContain("program");
    const again = await dinsos.post("/api/distribution/periods", { program: "SEMBAKO", periode: "2025-02" });
    expect(again.statusCode).toBe(409);

    // Every distribution role reads them, an agent too.
    const agen = await t.clientAs("agen", [own]);
    const list = await agen.get("/api/distribution/periods?program=PKH");
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      { program: "PKH", periode: "2025-04", tahap: 2, mulai: "2025-04-10", selesai: "2025-04-25" },
    ]);
  });

  it("summarises the period per desa of the caller's scope", async () => {
    const summary = await dinsos.get(
      "/api/distribution/payment-lists/summary?program=SEMBAKO&periode=2025-03",
    );
    expect(summary.statusCode).toBe(200);
    const items = summary.json().items as {
      desa: { code: string };
      keluarga: number;
      nominal: number;
      belum: number;
    }[];
    expect(items.map((i) => [i.desa.code, i.keluarga, i.nominal, i.belum])).toEqual([
      [own, 3, 600_000, 3],
      [ownOther, 1, 400_000, 1],
    ]);
  });

  it("pages one desa's list with masked numbers, and answers 404 with an audit row outside the scope", async () => {
    const first = await dinsos.get(
      `/api/distribution/payment-lists?program=SEMBAKO&periode=2025-03&desa=${own}&limit=2`,
    );
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.items).toHaveLength(2);
    expect(page.items[0].noKk).toMatch(/^3517•+\d{4}$/);
    expect(page.items[0].noKks).toMatch(/^6019•+\d{4}$/);
    expect(page.items[0].pengurus).toMatch(/^Pengurus /);
    expect(page.items[0].familyId).toMatch(/^[0-9a-f-]{36}$/);
    const second = await dinsos.get(
      `/api/distribution/payment-lists?program=SEMBAKO&periode=2025-03&desa=${own}&limit=2&cursor=${page.nextCursor}`,
    );
    expect(second.json().items).toHaveLength(1);
    expect(second.json().nextCursor).toBeNull();
    const ids = [...page.items, ...second.json().items].map((i: { id: string }) => i.id);
    expect(new Set(ids).size).toBe(3);

    const before = await denied();
    const outside = await dinsos.get(
      `/api/distribution/payment-lists?program=SEMBAKO&periode=2025-03&desa=${away}`,
    );
    expect(outside.statusCode).toBe(404);
    expect(await denied()).toBe(before + 1);
  });

  it("marks injection set-based for one desa or the whole scope, audited, and never outside it", async () => {
    const bank = await t.clientAs("bank", ["35.17.18"]);
    const one = await bank.post("/api/distribution/payment-lists/injection", {
      program: "SEMBAKO",
      periode: "2025-03",
      desa: own,
      status: "terinjek",
      tanggal: "2025-03-04",
    });
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json()).toMatchObject({ updated: 3, status: "terinjek", desa: own });
    const again = await bank.post("/api/distribution/payment-lists/injection", {
      program: "SEMBAKO",
      periode: "2025-03",
      desa: own,
      status: "terinjek",
      tanggal: "2025-03-04",
    });
    expect(again.json().updated).toBe(0);
    const [audit] = await queryRows<{ data: { from: Record<string, number>; to: string } }>(
      t.database.db,
      sql`SELECT data FROM audit_log WHERE action = 'payment_list.injection' ORDER BY at DESC, seq DESC LIMIT 1`,
    );
    expect(audit?.data).toMatchObject({ from: { belum: 3 }, to: "terinjek" });

    const all = await dinsos.post("/api/distribution/payment-lists/injection", {
      program: "SEMBAKO",
      periode: "2025-03",
      status: "gagal",
      tanggal: "2025-03-05",
    });
    // The whole scope: the three injected and the one of the other desa, never the family outside.
    expect(all.json().updated).toBe(4);
    const [away1] = await queryRows<{ status_injeksi: string }>(
      t.database.db,
      sql`SELECT status_injeksi FROM daftar_bayar WHERE desa_code = ${away}`,
    );
    expect(away1?.status_injeksi).toBe("belum");
    const summary = await dinsos.get(
      "/api/distribution/payment-lists/summary?program=SEMBAKO&periode=2025-03",
    );
    expect(summary.json().items[0]).toMatchObject({ belum: 0, terinjek: 0, gagal: 3 });

    const outside = await dinsos.post("/api/distribution/payment-lists/injection", {
      program: "SEMBAKO",
      periode: "2025-03",
      desa: away,
      status: "terinjek",
      tanggal: "2025-03-04",
    });
    expect(outside.statusCode).toBe(404);
    const tksk = await t.clientAs("tksk", ["35.17.18"]);
    const forbidden = await tksk.post("/api/distribution/payment-lists/injection", {
      program: "SEMBAKO",
      periode: "2025-03",
      status: "terinjek",
      tanggal: "2025-03-04",
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it("lists agents by scope, shows an agent's login only its own, and links logins only where allowed", async () => {
    const db = t.database.db;
    await makeAgent(db, { idAgen: "EW-A", nama: "e-Warong Anggrek", desa: own, bank: "BRI" });
    await makeAgent(db, { idAgen: "EW-B", nama: "e-Warong Bougenvil", desa: own });
    await makeAgent(db, { idAgen: "EW-C", nama: "e-Warong Cempaka", desa: away, bank: "BRI" });
    const list = await dinsos.get("/api/distribution/agents");
    expect(
      list
        .json()
        .items.map((a: { idAgen: string }) => a.idAgen)
        .sort(),
    ).toEqual(["EW-A", "EW-B"]);
    const searched = await dinsos.get("/api/distribution/agents?q=bougen");
    expect(searched.json().items.map((a: { idAgen: string }) => a.idAgen)).toEqual(["EW-B"]);

    const agenUser = await t.makeUser("agen", [own]);
    const linked = await dinsos.request("PUT", "/api/distribution/agents/EW-A/user", { userId: agenUser.id });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toMatchObject({ idAgen: "EW-A", user: { id: agenUser.id } });
    const [audit] = await queryRows<{ entity_id: string }>(
      t.database.db,
      sql`SELECT entity_id FROM audit_log WHERE action = 'agent.user'`,
    );
    expect(audit?.entity_id).toBe("35.17:EW-A");

    const agentClient = await t.clientAs("agen", [own]);
    expect((await agentClient.get("/api/distribution/agents")).json().items).toEqual([]);
    await dinsos.request("PUT", "/api/distribution/agents/EW-B/user", { userId: agentClient.userId });
    const mine = await agentClient.get("/api/distribution/agents");
    expect(mine.json().items.map((a: { idAgen: string }) => a.idAgen)).toEqual(["EW-B"]);

    const psm = await t.makeUser("psm", [own]);
    const notAgent = await dinsos.request("PUT", "/api/distribution/agents/EW-A/user", { userId: psm.id });
    expect(notAgent.statusCode).toBe(400);
    const farAgent = await t.makeUser("agen", [away]);
    const notCovering = await dinsos.request("PUT", "/api/distribution/agents/EW-A/user", {
      userId: farAgent.id,
    });
    expect(notCovering.statusCode).toBe(400);

    const before = await denied();
    const outside = await dinsos.request("PUT", "/api/distribution/agents/EW-C/user", { userId: null });
    expect(outside.statusCode).toBe(404);
    expect(await denied()).toBe(before + 1);
    const malformed = await dinsos.request("PUT", "/api/distribution/agents/EW%20A'--/user", {
      userId: null,
    });
    expect(malformed.statusCode).toBe(404);

    const unlinked = await dinsos.request("PUT", "/api/distribution/agents/EW-A/user", { userId: null });
    expect(unlinked.json().user).toBeNull();
  });
});
