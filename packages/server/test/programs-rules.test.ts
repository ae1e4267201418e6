import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

const indeks2021 = {
  hamil: 3_000_000,
  anak_usia_dini: 3_000_000,
  sd: 900_000,
  smp: 1_500_000,
  sma: 2_000_000,
  disabilitas_berat: 2_400_000,
  lansia: 2_400_000,
};

describe.each(dbTargets)("programme catalogue and rules on $name", (target) => {
  const t = testAppForSuite(target);
  let admin: TestClient;
  let tksk: TestClient;

  const audits = (action: string) => t.auditCount(action);

  beforeAll(async () => {
    admin = await t.clientAs("admin", ["ID"]);
    tksk = await t.clientAs("tksk", ["35.17.18"]);
  });

  it("lists the catalogue with each rule in force today", async () => {
    const response = await tksk.get("/api/programs");
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.items.map((p: { code: string }) => p.code)).toEqual(
      expect.arrayContaining(["PKH", "SEMBAKO", "PBI", "PIP", "BST", "RTLH"]),
    );
    const sembako = body.items.find((p: { code: string }) => p.code === "SEMBAKO");
    // Three versions are seeded; the one from 2020-03-01 is in force.
    expect(sembako.rules).toEqual([
      expect.objectContaining({ rule: "sembako_nominal", value: { nominal: 200_000 } }),
    ]);
    const pkh = body.items.find((p: { code: string }) => p.code === "PKH");
    expect(pkh.rules.map((r: { rule: string }) => r.rule).sort()).toEqual([
      "pkh_batas_komponen",
      "pkh_indeks",
      "tahap",
    ]);
  });

  it("keeps every version as history and adds one from a date, audited", async () => {
    const before = await audits("program.rule_version");
    const added = await admin.post("/api/programs/SEMBAKO/rules", {
      rule: "sembako_nominal",
      berlakuMulai: "2031-01-01",
      value: { nominal: 225_000 },
      note: "Uji",
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({
      programCode: "SEMBAKO",
      berlakuMulai: "2031-01-01",
      value: { nominal: 225_000 },
    });
    expect(await audits("program.rule_version")).toBe(before + 1);
    const history = await tksk.get("/api/programs/SEMBAKO/rules");
    expect(history.json().items.map((v: { berlakuMulai: string }) => v.berlakuMulai)).toEqual([
      "2017-01-01",
      "2020-01-01",
      "2020-03-01",
      "2031-01-01",
    ]);
    // Not in force yet: today's catalogue still says 200,000.
    const sembako = (await tksk.get("/api/programs"))
      .json()
      .items.find((p: { code: string }) => p.code === "SEMBAKO");
    expect(sembako.rules[0].value).toEqual({ nominal: 200_000 });
  });

  it("refuses a version on an existing date with 409, and changes nothing", async () => {
    const response = await admin.post("/api/programs/PKH/rules", {
      rule: "pkh_indeks",
      berlakuMulai: "2021-01-01",
      value: { ...indeks2021, sd: 1 },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("CONFLICT");
    const [row] = await queryRows<{ sd: number }>(
      t.database.db,
      sql`SELECT (value->>'sd')::int AS sd FROM program_rule WHERE program_code = 'PKH' AND rule = 'pkh_indeks' AND berlaku_mulai = '2021-01-01'`,
    );
    expect(row?.sd).toBe(900_000);
  });

  it("checks the value by the rule's schema, naming each field in both languages", async () => {
    admin.language = "en";
    const response = await admin.post("/api/programs/PKH/rules", {
      rule: "pkh_indeks",
      berlakuMulai: "2032-01-01",
      value: { ...indeks2021, sd: -5, smp: "banyak" },
    });
    admin.language = "id";
    expect(response.statusCode, response.body).toBe(400);
    const body = response.json();
    expect(body.code).toBe("VALIDATION");
    const fields = body.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(["value.sd", "value.smp"]);
    expect(body.fields[0].message).toMatch(/rupiah/);
    const wrongRule = await admin.post("/api/programs/SEMBAKO/rules", {
      rule: "pkh_indeks",
      berlakuMulai: "2032-01-01",
      value: indeks2021,
    });
    expect(wrongRule.statusCode).toBe(400);
    expect(wrongRule.json().fields[0].field).toBe("rule");
    const badTahap = await admin.post("/api/programs/PKH/rules", {
      rule: "tahap",
      berlakuMulai: "2032-01-01",
      value: { tahap: [{ ke: 1, bulanMulai: 6, bulanSelesai: 2 }] },
    });
    expect(badTahap.statusCode).toBe(400);
    expect(badTahap.json().fields[0].field).toBe("value.tahap.0.bulanSelesai");
  });

  it("lets only program.rules add versions", async () => {
    const response = await tksk.post("/api/programs/PKH/rules", {
      rule: "pkh_batas_komponen",
      berlakuMulai: "2033-01-01",
      value: { maks: 5 },
    });
    expect(response.statusCode).toBe(403);
  });

  it("adds a local programme of a kabupaten, seen there and not elsewhere", async () => {
    const before = await audits("program.create");
    const created = await admin.post("/api/programs", {
      code: "JOMBANG_SEHAT",
      namaId: "Jombang Sehat",
      namaEn: "Healthy Jombang",
      kabCode: "35.17",
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ code: "JOMBANG_SEHAT", jenis: "lokal", kabCode: "35.17" });
    expect(await audits("program.create")).toBe(before + 1);
    const again = await admin.post("/api/programs", {
      code: "JOMBANG_SEHAT",
      namaId: "Lagi",
      namaEn: "Again",
      kabCode: "35.17",
    });
    expect(again.statusCode).toBe(409);
    const badCode = await admin.post("/api/programs", {
      code: "jombang",
      namaId: "x",
      namaEn: "x",
      kabCode: "35.17",
    });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().fields[0].field).toBe("code");
    const codes = (c: TestClient) =>
      c.get("/api/programs").then((r) => r.json().items.map((p: { code: string }) => p.code));
    expect(await codes(tksk)).toContain("JOMBANG_SEHAT");
    const elsewhere = await t.clientAs("tksk", ["35.16.01"]);
    expect(await codes(elsewhere)).not.toContain("JOMBANG_SEHAT");
    expect((await elsewhere.get("/api/programs/JOMBANG_SEHAT/rules")).statusCode).toBe(404);
  });
});
