import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";
import { makeEnrolment, makeHousehold, type THouseholdMember } from "./factories/index.ts";
import { DESA, OUTSIDE_DESA as OTHER_KECAMATAN_DESA } from "./regions.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

describe.each(dbTargets)("PKH entitlement on $name", (target) => {
  const t = testAppForSuite(target);
  let tksk: TestClient;
  let dinsos: TestClient;

  /** A household of the PKH rules: members neither pregnant nor disabled unless said. */
  const makeFamily = (desa: string, members: THouseholdMember[]) =>
    makeHousehold(
      t.database.db,
      desa,
      members.map((m) => ({ hamil: false, disabilitas: false, ...m })),
      "351718020220",
    );

  async function enrol(family: { noKk: string; desa: string }, sejak = "2020-01-01", status = "aktif") {
    await makeEnrolment(t.database.db, {
      program: "PKH",
      noKk: family.noKk,
      desa: family.desa,
      nikPengurus: "3517180000000000",
      status,
      sejak,
    });
  }

  const entitlement = async (familyId: string, tahun: number, tahap: number) => {
    const response = await tksk.get(
      `/api/registry/families/${familyId}/entitlement?tahun=${tahun}&tahap=${tahap}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  const event = (familyId: string, body: unknown) =>
    tksk.post(`/api/registry/families/${familyId}/events`, body, { "idempotency-key": randomUUID() });

  beforeAll(async () => {
    tksk = await t.clientAs("tksk", ["35.17.18"]);
    dinsos = await t.clientAs("dinsos", ["35.17.18"]);
  });

  it("follows a birthday past 70 and a school change between stages, as life events recorded them", async () => {
    const family = await makeFamily(DESA, [
      { nama: "Kepala Keluarga", hubungan: "kepala", jenisKelamin: "L", tanggalLahir: "1985-01-01" },
      { nama: "Mbah Kakung", hubungan: "orang_tua", jenisKelamin: "L", tanggalLahir: "1956-05-20" },
      {
        nama: "Anak Sekolah",
        hubungan: "anak",
        jenisKelamin: "L",
        tanggalLahir: "2013-03-03",
        pendidikan: "SD",
      },
    ]);
    const moved = await event(family.id, {
      kind: "sekolah",
      nik: family.niks["Anak Sekolah"],
      pendidikan: "SMP",
      occurredOn: "2026-07-15",
    });
    expect(moved.statusCode, moved.body).toBe(201);

    const first = await entitlement(family.id, 2026, 1);
    expect(first).toMatchObject({
      tanggal: "2026-01-01",
      jumlahTahap: 4,
      maks: 4,
      pkhAktif: false,
      tersimpan: null,
    });
    expect(first.components).toEqual([
      expect.objectContaining({ nama: "Anak Sekolah", komponen: "sd", nilai: 900_000, dihitung: true }),
    ]);
    expect(first.nominal).toBe(225_000);

    // 1 July: the grandfather is 70; the child is still at SD (the change came on 15 July).
    const third = await entitlement(family.id, 2026, 3);
    expect(third.components.map((c: { komponen: string }) => c.komponen)).toEqual(["lansia", "sd"]);
    expect(third.nominal).toBe(825_000);

    const fourth = await entitlement(family.id, 2026, 4);
    expect(fourth.components.map((c: { komponen: string }) => c.komponen)).toEqual(["lansia", "smp"]);
    expect(fourth.nominal).toBe(975_000);
    expect(fourth.components[0].nik).toMatch(/•/);

    await enrol(family);
    const computed = await dinsos.post("/api/programs/pkh/stages", { tahun: 2026, tahap: 3 });
    expect(computed.statusCode, computed.body).toBe(200);
    expect(computed.json()).toMatchObject({ tahun: 2026, tahap: 3, tanggal: "2026-07-01" });
    const again = await entitlement(family.id, 2026, 3);
    expect(again.pkhAktif).toBe(true);
    expect(again.tersimpan?.nominal).toBe(825_000);
  });

  it("counts a member who died only in the stages before the death", async () => {
    const family = await makeFamily(DESA, [
      { nama: "Nenek Tua", hubungan: "kepala", jenisKelamin: "P", tanggalLahir: "1940-02-02" },
    ]);
    const died = await event(family.id, {
      kind: "kematian",
      nik: family.niks["Nenek Tua"],
      occurredOn: "2026-05-01",
    });
    expect(died.statusCode, died.body).toBe(201);
    expect((await entitlement(family.id, 2026, 2)).nominal).toBe(600_000);
    expect((await entitlement(family.id, 2026, 3)).components).toEqual([]);
  });

  it("counts at most four components, saying which one is over the cap", async () => {
    const family = await makeFamily(DESA, [
      { nama: "Ibu Hamil", hubungan: "kepala", jenisKelamin: "P", tanggalLahir: "1995-01-01", hamil: true },
      { nama: "Balita", hubungan: "anak", jenisKelamin: "L", tanggalLahir: "2022-01-01" },
      { nama: "Anak SD", hubungan: "anak", jenisKelamin: "P", tanggalLahir: "2016-01-01", pendidikan: "SD" },
      {
        nama: "Anak SMA",
        hubungan: "anak",
        jenisKelamin: "L",
        tanggalLahir: "2009-01-01",
        pendidikan: "SMA",
      },
      {
        nama: "Kakek",
        hubungan: "orang_tua",
        jenisKelamin: "L",
        tanggalLahir: "1950-01-01",
        disabilitas: true,
      },
    ]);
    const result = await entitlement(family.id, 2026, 1);
    const line = (nama: string) => result.components.find((c: { nama: string }) => c.nama === nama);
    expect(result.components.filter((c: { dihitung: boolean }) => c.dihitung)).toHaveLength(4);
    expect(line("Anak SD")).toMatchObject({ komponen: "sd", dihitung: false, alasan: "melebihi_batas" });
    // The grandfather is both disabled and elderly: one component, the other noted.
    expect(line("Kakek")).toMatchObject({ komponen: "disabilitas_berat", dihitung: true });
    // 3,000,000 + 3,000,000 + 2,400,000 + 2,000,000 = 10,400,000 a year.
    expect(result.yearlyTotal).toBe(10_400_000);
    expect(result.nominal).toBe(2_600_000);
  });

  it("computes a stage for the enrolled families of the caller's scope only, audited, with totals per desa", async () => {
    const inScope = await makeFamily("35.17.18.2007", [
      { nama: "Lansia Satu", hubungan: "kepala", jenisKelamin: "L", tanggalLahir: "1940-01-01" },
    ]);
    const lateEnrolment = await makeFamily("35.17.18.2007", [
      { nama: "Lansia Dua", hubungan: "kepala", jenisKelamin: "L", tanggalLahir: "1941-01-01" },
    ]);
    const suspended = await makeFamily("35.17.18.2007", [
      { nama: "Lansia Tiga", hubungan: "kepala", jenisKelamin: "L", tanggalLahir: "1942-01-01" },
    ]);
    const outside = await makeFamily(OTHER_KECAMATAN_DESA, [
      { nama: "Lansia Empat", hubungan: "kepala", jenisKelamin: "L", tanggalLahir: "1943-01-01" },
    ]);
    await enrol(inScope);
    await enrol(lateEnrolment, "2026-04-02");
    await enrol(suspended, "2020-01-01", "ditangguhkan");
    await enrol(outside);
    const response = await dinsos.post("/api/programs/pkh/stages", { tahun: 2026, tahap: 2 });
    expect(response.statusCode, response.body).toBe(200);
    const stored = await queryRows<{ no_kk: string; nominal: number }>(
      t.database.db,
      sql`SELECT no_kk, nominal::int AS nominal FROM pkh_entitlement WHERE tahun = 2026 AND tahap = 2 AND desa_code = '35.17.18.2007'`,
    );
    expect(stored).toEqual([{ no_kk: inScope.noKk, nominal: 600_000 }]);
    const [outsideRow] = await queryRows(
      t.database.db,
      sql`SELECT 1 FROM pkh_entitlement WHERE no_kk = ${outside.noKk}`,
    );
    expect(outsideRow).toBeUndefined();
    const [audit] = await queryRows<{ data: { families: number; tahap: number } }>(
      t.database.db,
      sql`SELECT data FROM audit_log WHERE action = 'entitlement.compute' AND entity_id = '2026-2' ORDER BY at DESC LIMIT 1`,
    );
    expect(audit?.data).toMatchObject({ tahap: 2, families: response.json().families });

    const totals = await tksk.get("/api/programs/pkh/stages/2026/2");
    expect(totals.statusCode).toBe(200);
    expect(totals.json().items).toContainEqual({
      desa: { code: "35.17.18.2007", name: expect.any(String) },
      families: 1,
      totalNominal: 600_000,
    });
    expect(
      totals.json().items.every((i: { desa: { code: string } }) => i.desa.code.startsWith("35.17.18.")),
    ).toBe(true);

    // The enrolment ends: computing again removes the family's row for that stage.
    await t.database.db.execute(
      sql`UPDATE enrolment SET status = 'dihentikan' WHERE no_kk = ${inScope.noKk}`,
    );
    const recomputed = (await dinsos.post("/api/programs/pkh/stages", { tahun: 2026, tahap: 2 })).json();
    expect(recomputed.removed).toBe(1);
  });

  it("refuses a stage the calendar does not have, and a role without entitlement.compute", async () => {
    const missing = await dinsos.post("/api/programs/pkh/stages", { tahun: 2026, tahap: 5 });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields[0].field).toBe("tahap");
    expect((await tksk.post("/api/programs/pkh/stages", { tahun: 2026, tahap: 1 })).statusCode).toBe(403);
  });
});
