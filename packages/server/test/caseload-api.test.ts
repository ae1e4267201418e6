import { type SQL, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";
import { makeEnrolment, makeHeadOnlyFamily } from "./factories/index.ts";
import { DESA as DESA_C, OWN_KEC as KEC, OUTSIDE_DESA as OUT_DESA } from "./regions.ts";
import { type TTestApp, testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

const DESA_A = "35.17.18.2001";
const DESA_B = "35.17.18.2002";
/** Another kabupaten, with a norm of its own or none. */
const OTHER_KAB = "35.07";
const OTHER_KAB_DESA = "35.07.01.2001";

interface TFamily {
  id: string;
  noKk: string;
  nama: string;
}

let serial = 0;
/** A head-only family in a desa, optionally with an enrolment in a programme. */
async function makeEnrolledFamily(
  t: TTestApp,
  desa: string,
  nama: string,
  enrol?: [string, string],
): Promise<TFamily> {
  serial += 1;
  const db = t.database.db;
  const family = await makeHeadOnlyFamily(db, desa, String(serial).padStart(4, "0"), {
    nama,
    jenisKelamin: "P",
    alamat: "Jl. Melati 3",
    rt: "002",
    rw: "004",
  });
  if (enrol) {
    const [program, status] = enrol;
    await makeEnrolment(db, {
      program,
      noKk: family.noKk,
      desa,
      nikPengurus: family.nik,
      status,
      sejak: "2025-01-01",
    });
  }
  return { id: family.id, noKk: family.noKk, nama };
}

describe.each(dbTargets)("companions' caseload and handovers on $name", (target) => {
  const t = testAppForSuite(target);
  let dinsos: TestClient & { userId: string };
  let dinsosKab: TestClient & { userId: string };
  let admin: TestClient & { userId: string };
  let pkhA: TestClient & { userId: string };
  let pkhB: TestClient & { userId: string };
  let pkhC: TestClient & { userId: string };
  let psm: TestClient & { userId: string };
  let tksk: { id: string };
  let pkhOut: { id: string };
  let pkhDisabled: { id: string };
  const f: Record<string, TFamily> = {};
  let handoverId = "";

  beforeAll(async () => {
    dinsos = await t.clientAs("dinsos", [KEC]);
    dinsosKab = await t.clientAs("dinsos", ["35.17"]);
    admin = await t.clientAs("admin", ["ID"]);
    pkhA = await t.clientAs("pendamping_pkh", [DESA_A]);
    pkhB = await t.clientAs("pendamping_pkh", [DESA_B]);
    pkhC = await t.clientAs("pendamping_pkh", [DESA_C]);
    psm = await t.clientAs("psm", [DESA_A]);
    tksk = await t.makeUser("tksk", [KEC]);
    pkhOut = await t.makeUser("pendamping_pkh", [OUT_DESA]);
    pkhDisabled = await t.makeUser("pendamping_pkh", [DESA_B]);
    await t.database.db.execute(sql`UPDATE users SET disabled = true WHERE id = ${pkhDisabled.id}`);
    f.a1 = await makeEnrolledFamily(t, DESA_A, "Siti Aminah", ["PKH", "aktif"]);
    f.a2 = await makeEnrolledFamily(t, DESA_A, "Sri Wahyuni", ["PKH", "calon"]);
    f.a3 = await makeEnrolledFamily(t, DESA_A, "Dewi Lestari", ["PKH", "ditangguhkan"]);
    f.a4 = await makeEnrolledFamily(t, DESA_A, "Tutik Handayani", ["PKH", "keluar"]);
    f.a5 = await makeEnrolledFamily(t, DESA_A, "Yuli Astuti", ["SEMBAKO", "aktif"]);
    f.b1 = await makeEnrolledFamily(t, DESA_B, "Rina Marlina", ["PKH", "aktif"]);
    f.b2 = await makeEnrolledFamily(t, DESA_B, "Nur Hidayah", ["PKH", "aktif"]);
    f.out = await makeEnrolledFamily(t, OUT_DESA, "Endang Susilowati", ["PKH", "aktif"]);
  });

  const count = (query: SQL) => t.count(query);
  const openFamilies = (userId: string) =>
    queryRows<{ id: string; no_kk: string }>(
      t.database.db,
      sql`SELECT id, no_kk FROM companion_family WHERE user_id = ${userId} AND selesai IS NULL ORDER BY no_kk`,
    );
  const denied = () => count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'access.denied'`);
  const snapshot = async () => ({
    families: await count(sql`SELECT count(*)::int AS n FROM companion_family`),
    desa: await count(sql`SELECT count(*)::int AS n FROM companion_desa`),
    handovers: await count(sql`SELECT count(*)::int AS n FROM handover`),
    scopes: await count(sql`SELECT count(*)::int AS n FROM user_scope`),
  });
  const fieldsOf = (body: unknown) =>
    ((body as { fields?: { field: string }[] }).fields ?? []).map((x) => x.field.replace(/^body\./, ""));

  it("assigns every family of a desa with an open PKH enrolment, set-wise", async () => {
    const response = await dinsos.post("/api/caseload/families", {
      userId: pkhA.userId,
      mulai: "2026-01-01",
      desaCode: DESA_A,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ added: 3, moved: 0, alreadyAssigned: 0 });
    expect((await openFamilies(pkhA.userId)).map((r) => r.no_kk)).toEqual(
      [f.a1, f.a2, f.a3].map((x) => x?.noKk),
    );
    // Again: nothing new.
    const again = await dinsos.post("/api/caseload/families", {
      userId: pkhA.userId,
      mulai: "2026-01-01",
      desaCode: DESA_A,
    });
    expect(again.json()).toMatchObject({ added: 0, moved: 0, alreadyAssigned: 3 });
  });

  it("assigns families by id and moves a family from another companion", async () => {
    const byId = await dinsos.post("/api/caseload/families", {
      userId: pkhC.userId,
      mulai: "2026-02-01",
      familyIds: [f.b1?.id, f.b2?.id],
    });
    expect(byId.json()).toMatchObject({ added: 2, moved: 0 });
    const moved = await dinsos.post("/api/caseload/families", {
      userId: pkhC.userId,
      mulai: "2026-03-01",
      familyIds: [f.a3?.id],
    });
    expect(moved.json()).toMatchObject({ added: 1, moved: 1 });
    expect(await openFamilies(pkhA.userId)).toHaveLength(2);
    expect(await openFamilies(pkhC.userId)).toHaveLength(3);
    const [ended] = await queryRows<{ selesai: string }>(
      t.database.db,
      sql`SELECT selesai::text AS selesai FROM companion_family WHERE user_id = ${pkhA.userId} AND no_kk = ${f.a3?.noKk}`,
    );
    expect(ended?.selesai).toBe("2026-03-01");
    expect(
      await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'caseload.assign_families'`),
    ).toBe(4);
  });

  it("refuses assignments outside the scope or to the wrong role, changing nothing", async () => {
    const before = await snapshot();
    const deniedBefore = await denied();
    const wrongRole = await dinsos.post("/api/caseload/families", {
      userId: tksk.id,
      mulai: "2026-01-01",
      desaCode: DESA_A,
    });
    expect(wrongRole.statusCode).toBe(400);
    expect(fieldsOf(wrongRole.json())).toEqual(["userId"]);
    expect(JSON.stringify(wrongRole.json())).toContain("pendamping PKH");
    const outsideFamily = await dinsos.post("/api/caseload/families", {
      userId: pkhA.userId,
      mulai: "2026-01-01",
      familyIds: [f.a1?.id, f.out?.id],
    });
    expect(outsideFamily.statusCode).toBe(400);
    expect(fieldsOf(outsideFamily.json())).toEqual(["familyIds.1"]);
    expect(await denied()).toBe(deniedBefore + 1);
    const outsideDesa = await dinsos.post("/api/caseload/families", {
      userId: pkhA.userId,
      mulai: "2026-01-01",
      desaCode: OUT_DESA,
    });
    expect(outsideDesa.statusCode).toBe(403);
    expect(fieldsOf(outsideDesa.json())).toEqual(["desaCode"]);
    const outsideCompanion = await dinsos.post("/api/caseload/families", {
      userId: pkhOut.id,
      mulai: "2026-01-01",
      desaCode: DESA_A,
    });
    expect(outsideCompanion.statusCode).toBe(404);
    expect(await denied()).toBe(deniedBefore + 2);
    const disabled = await dinsos.post("/api/caseload/desa", {
      userId: pkhDisabled.id,
      mulai: "2026-01-01",
      desaCodes: [DESA_B],
    });
    expect(disabled.statusCode).toBe(400);
    const badDate = await dinsos.post("/api/caseload/desa", {
      userId: tksk.id,
      mulai: "01-01-2026",
      desaCodes: [DESA_B],
    });
    expect(fieldsOf(badDate.json())).toContain("mulai");
    expect(await snapshot()).toEqual(before);
  });

  it("assigns and ends desa assignments", async () => {
    const response = await dinsos.post("/api/caseload/desa", {
      userId: tksk.id,
      mulai: "2026-01-01",
      desaCodes: [DESA_A, DESA_B, DESA_C],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().added).toEqual([DESA_A, DESA_B, DESA_C]);
    const again = await dinsos.post("/api/caseload/desa", {
      userId: tksk.id,
      mulai: "2026-01-01",
      desaCodes: [DESA_A],
    });
    expect(again.json()).toMatchObject({ added: [], alreadyAssigned: [DESA_A] });
    const outside = await dinsos.post("/api/caseload/desa", {
      userId: tksk.id,
      mulai: "2026-01-01",
      desaCodes: [OUT_DESA],
    });
    expect(outside.statusCode).toBe(403);
    expect(fieldsOf(outside.json())).toEqual(["desaCodes.0"]);
    const detail = (await dinsos.get(`/api/caseload/companions/${tksk.id}`)).json() as {
      desa: { assignmentId: string; code: string }[];
    };
    const c = detail.desa.find((d) => d.code === DESA_C);
    const early = await dinsos.patch(`/api/caseload/desa/${c?.assignmentId}`, { selesai: "2025-12-31" });
    expect(fieldsOf(early.json())).toEqual(["selesai"]);
    const ended = await dinsos.patch(`/api/caseload/desa/${c?.assignmentId}`, { selesai: "2026-04-30" });
    expect(ended.statusCode).toBe(200);
    expect(
      (await dinsos.patch(`/api/caseload/desa/${c?.assignmentId}`, { selesai: "2026-05-01" })).statusCode,
    ).toBe(409);
    // PSM do desa work too: one desa.
    const psmDesa = await dinsos.post("/api/caseload/desa", {
      userId: psm.userId,
      mulai: "2026-01-01",
      desaCodes: [DESA_A],
    });
    expect(psmDesa.statusCode).toBe(201);
  });

  it("counts caseloads against the norm, heaviest first", async () => {
    const norms = await dinsosKab.request("PUT", "/api/caseload/norms", {
      kabCode: "35.17",
      norms: [{ role: "pendamping_pkh", norma: 2 }],
    });
    expect(norms.statusCode).toBe(200);
    // The national default stays as seeded; the kabupaten has its own PKH norm and the national others.
    expect(norms.json().items).toContainEqual(
      expect.objectContaining({ role: "pendamping_pkh", norma: 375, unit: "keluarga" }),
    );
    expect(norms.json().kabupaten).toEqual([
      expect.objectContaining({
        code: "35.17",
        canSet: true,
        items: expect.arrayContaining([
          expect.objectContaining({ role: "pendamping_pkh", norma: 2, source: "kabupaten" }),
          expect.objectContaining({ role: "tksk", norma: 20, source: "nasional", updatedAt: null }),
        ]),
      }),
    ]);
    expect(
      (
        await dinsosKab.request("PUT", "/api/caseload/norms", {
          kabCode: "35.17",
          norms: [{ role: "pendamping_pkh", norma: 0 }],
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await pkhA.request("PUT", "/api/caseload/norms", {
          kabCode: "35.17",
          norms: [{ role: "tksk", norma: 3 }],
        })
      ).statusCode,
    ).toBe(403);
    const list = (await dinsos.get("/api/caseload/companions")).json() as {
      items: { userId: string; families: number; desa: number; load: number | null; overNorm: boolean }[];
    };
    const ids = list.items.map((i) => i.userId);
    expect(ids[0]).toBe(pkhC.userId);
    expect(list.items[0]).toMatchObject({ families: 3, load: 1.5, overNorm: true });
    expect(list.items.find((i) => i.userId === pkhA.userId)).toMatchObject({
      families: 2,
      load: 1,
      overNorm: false,
    });
    expect(list.items.find((i) => i.userId === tksk.id)).toMatchObject({ desa: 2, load: 0.1 });
    expect(list.items.find((i) => i.userId === psm.userId)).toMatchObject({ desa: 1, load: 1 });
    expect(ids).not.toContain(pkhOut.id);
    const loads = list.items.map((i) => i.load ?? -1);
    expect([...loads].sort((a, b) => b - a)).toEqual(loads);
    // A companion sees only itself.
    const own = (await pkhA.get("/api/caseload/companions")).json() as { items: { userId: string }[] };
    expect(own.items.map((i) => i.userId)).toEqual([pkhA.userId]);
  });

  it("holds each kabupaten's companions to its own norm, else the national one", async () => {
    const pkhOther = await t.makeUser("pendamping_pkh", [OTHER_KAB_DESA]);
    // Scoped to desa of two kabupaten: it belongs to neither, so the national norm holds it.
    const pkhSplit = await t.makeUser("pendamping_pkh", [DESA_A, OTHER_KAB_DESA]);
    for (const n of [1, 2, 3]) {
      await t.database.db.execute(
        sql`INSERT INTO companion_family (kab_code, no_kk, desa_code, user_id, mulai)
            VALUES (${OTHER_KAB}, ${`350701012000000${n}`}, ${OTHER_KAB_DESA}, ${pkhOther.id}, '2026-01-01')`,
      );
    }
    type TRow = { userId: string; norma: number; normaFrom: string; load: number; overNorm: boolean };
    const loads = async () =>
      new Map(
        ((await admin.get("/api/caseload/companions")).json() as { items: TRow[] }).items.map((r) => [
          r.userId,
          r,
        ]),
      );
    let rows = await loads();
    // 35.17 set its PKH norm to 2; the companion of 35.07 is still held to the national 375.
    expect(rows.get(pkhC.userId)).toMatchObject({ norma: 2, normaFrom: "35.17", load: 1.5, overNorm: true });
    expect(rows.get(pkhOther.id)).toMatchObject({
      norma: 375,
      normaFrom: "ID",
      load: 0.008,
      overNorm: false,
    });
    expect(rows.get(tksk.id)).toMatchObject({ norma: 20, normaFrom: "ID" });

    // The officer of 35.17 cannot touch 35.07 (404, audited in 35.07's chain) nor the national norm (403).
    const deniedBefore = await denied();
    const outside = await dinsosKab.request("PUT", "/api/caseload/norms", {
      kabCode: OTHER_KAB,
      norms: [{ role: "pendamping_pkh", norma: 1 }],
    });
    expect(outside.statusCode).toBe(404);
    expect(await denied()).toBe(deniedBefore + 1);
    const [audit] = await queryRows<{ kab_code: string; entity_id: string }>(
      t.database.db,
      sql`SELECT kab_code, entity_id FROM audit_log WHERE action = 'access.denied' ORDER BY at DESC LIMIT 1`,
    );
    expect(audit).toEqual({ kab_code: OTHER_KAB, entity_id: OTHER_KAB });
    expect(
      (
        await dinsosKab.request("PUT", "/api/caseload/norms", {
          kabCode: "99.99",
          norms: [{ role: "psm", norma: 2 }],
        })
      ).statusCode,
    ).toBe(404);
    const national = await dinsosKab.request("PUT", "/api/caseload/norms", {
      norms: [{ role: "pendamping_pkh", norma: 1 }],
    });
    expect(national.statusCode).toBe(403);
    expect(fieldsOf(national.json())).toEqual(["kabCode"]);
    expect(JSON.stringify(national.json())).toContain("Norma nasional hanya dapat diubah");
    // An officer of one kecamatan may not set its whole kabupaten's norm.
    expect(
      (
        await dinsos.request("PUT", "/api/caseload/norms", {
          kabCode: "35.17",
          norms: [{ role: "psm", norma: 2 }],
        })
      ).statusCode,
    ).toBe(404);
    rows = await loads();
    expect(rows.get(pkhOther.id)).toMatchObject({ norma: 375, load: 0.008 });
    expect(rows.get(psm.userId)).toMatchObject({ norma: 1, normaFrom: "ID" });

    // A national administrator sets 35.07's norm, then the national one: each kabupaten keeps its own.
    const set07 = await admin.request("PUT", "/api/caseload/norms", {
      kabCode: OTHER_KAB,
      norms: [{ role: "pendamping_pkh", norma: 3 }],
    });
    expect(set07.statusCode).toBe(200);
    expect(set07.json().canSetNational).toBe(true);
    expect(set07.json().kabupaten.map((k: { code: string }) => k.code)).toEqual([OTHER_KAB, "35.17"]);
    expect(
      (await admin.request("PUT", "/api/caseload/norms", { norms: [{ role: "pendamping_pkh", norma: 300 }] }))
        .statusCode,
    ).toBe(200);
    rows = await loads();
    expect(rows.get(pkhOther.id)).toMatchObject({ norma: 3, normaFrom: OTHER_KAB, load: 1, overNorm: false });
    expect(rows.get(pkhC.userId)).toMatchObject({ norma: 2, load: 1.5 });
    expect(rows.get(pkhSplit.id)).toMatchObject({ norma: 300, normaFrom: "ID" });

    // 35.07 drops its own norm and follows the national one again; a national norm is never dropped.
    const reset = await admin.request("PUT", "/api/caseload/norms", {
      kabCode: OTHER_KAB,
      norms: [{ role: "pendamping_pkh", norma: null }],
    });
    expect(reset.statusCode).toBe(200);
    expect(reset.json().kabupaten.map((k: { code: string }) => k.code)).toEqual(["35.17"]);
    expect((await loads()).get(pkhOther.id)).toMatchObject({ norma: 300, normaFrom: "ID" });
    const dropNational = await admin.request("PUT", "/api/caseload/norms", {
      norms: [{ role: "pendamping_pkh", norma: null }],
    });
    expect(dropNational.statusCode).toBe(400);
    expect(fieldsOf(dropNational.json())).toEqual(["norms"]);
    const audits = await queryRows<{ kab_code: string; entity_id: string }>(
      t.database.db,
      sql`SELECT kab_code, entity_id FROM audit_log WHERE action = 'caseload.norms' ORDER BY at`,
    );
    expect(audits.map((a) => [a.kab_code, a.entity_id])).toEqual([
      ["35.17", "35.17:pendamping_pkh"],
      [OTHER_KAB, "35.07:pendamping_pkh"],
      ["00", "ID:pendamping_pkh"],
      [OTHER_KAB, "35.07:pendamping_pkh"],
    ]);

    // The officer of 35.17 sees the national norms and its own kabupaten's, not 35.07's.
    const mine = (await dinsosKab.get("/api/caseload/norms")).json() as {
      items: { role: string; norma: number }[];
      canSetNational: boolean;
      kabupaten: { code: string; canSet: boolean }[];
    };
    expect(mine.canSetNational).toBe(false);
    expect(mine.items).toContainEqual(expect.objectContaining({ role: "pendamping_pkh", norma: 300 }));
    expect(mine.kabupaten.map((k) => [k.code, k.canSet])).toEqual([["35.17", true]]);
    // A companion reads its kabupaten's norms but may set none.
    const pkhView = (await pkhA.get("/api/caseload/norms")).json() as {
      kabupaten: { code: string; canSet: boolean }[];
    };
    expect(pkhView.kabupaten.map((k) => [k.code, k.canSet])).toEqual([["35.17", false]]);
  });

  it("shows one companion's families masked and paged, and the caller's own", async () => {
    const page = (await dinsos.get(`/api/caseload/companions/${pkhC.userId}?pageSize=2`)).json() as {
      families: { items: { familyId: string; noKk: string; headName: string }[]; total: number };
    };
    expect(page.families.total).toBe(3);
    expect(page.families.items).toHaveLength(2);
    for (const item of page.families.items) {
      expect(item.noKk).toMatch(/^\d{4}•{8}\d{4}$/);
      expect(item.familyId).toMatch(/^[0-9a-f-]{36}$/);
    }
    const me = (await pkhA.get("/api/caseload/me")).json() as {
      companion: { userId: string };
      families: { items: { headName: string }[] };
    };
    expect(me.companion.userId).toBe(pkhA.userId);
    expect(me.families.items.map((i) => i.headName).sort()).toEqual(["Siti Aminah", "Sri Wahyuni"]);
    const deniedBefore = await denied();
    expect((await dinsos.get(`/api/caseload/companions/${pkhOut.id}`)).statusCode).toBe(404);
    expect((await pkhA.get(`/api/caseload/companions/${pkhC.userId}`)).statusCode).toBe(404);
    expect(await denied()).toBe(deniedBefore + 2);
  });

  it("maps the desa served in the scope, with or without a point", async () => {
    await t.database.db.execute(
      sql`INSERT INTO wilayah_location (code, lat, lon, sumber) VALUES (${DESA_A}, -7.55, 112.2, 'uji') ON CONFLICT DO NOTHING`,
    );
    const map = (await dinsos.get("/api/caseload/map")).json() as {
      items: { code: string; lat: number | null; companions: { userId: string }[]; families: number }[];
    };
    const a = map.items.find((i) => i.code === DESA_A);
    expect(a?.lat).toBeCloseTo(-7.55);
    expect(a?.companions.map((c) => c.userId)).toEqual(
      expect.arrayContaining([pkhA.userId, tksk.id, psm.userId]),
    );
    expect(map.items.find((i) => i.code === DESA_B)?.lat).toBeNull();
    expect(map.items.some((i) => i.code === OUT_DESA)).toBe(false);
    const mine = (await pkhA.get("/api/caseload/map")).json() as { items: { code: string }[] };
    expect(mine.items.map((i) => i.code)).toEqual([DESA_A]);
    expect((await pkhA.get("/api/caseload/map/tiles")).json()).toEqual({ url: null });
  });

  it("refuses handovers that cannot be made, changing nothing", async () => {
    const before = await snapshot();
    const body = { tanggal: "2026-06-01", alasan: "Mengundurkan diri" };
    const same = await dinsos.post("/api/caseload/handovers", {
      ...body,
      dari: pkhC.userId,
      ke: pkhC.userId,
    });
    expect(fieldsOf(same.json())).toEqual(["ke"]);
    const role = await dinsos.post("/api/caseload/handovers", { ...body, dari: pkhC.userId, ke: tksk.id });
    expect(role.statusCode).toBe(400);
    expect(fieldsOf(role.json())).toEqual(["ke"]);
    const disabled = await dinsos.post("/api/caseload/handovers", {
      ...body,
      dari: pkhC.userId,
      ke: pkhDisabled.id,
    });
    expect(fieldsOf(disabled.json())).toEqual(["ke"]);
    expect(
      (await dinsos.post("/api/caseload/handovers", { ...body, dari: pkhC.userId, ke: pkhOut.id }))
        .statusCode,
    ).toBe(404);
    const nothing = await dinsos.post("/api/caseload/handovers", {
      ...body,
      dari: pkhB.userId,
      ke: pkhA.userId,
    });
    expect(fieldsOf(nothing.json())).toEqual(["dari"]);
    expect(JSON.stringify(nothing.json())).toContain("tidak punya dampingan");
    const early = await dinsos.post("/api/caseload/handovers", {
      ...body,
      tanggal: "2026-02-15",
      dari: pkhC.userId,
      ke: pkhB.userId,
    });
    expect(fieldsOf(early.json())).toEqual(["tanggal"]);
    expect(
      (await pkhA.post("/api/caseload/handovers", { ...body, dari: pkhC.userId, ke: pkhB.userId }))
        .statusCode,
    ).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it("hands every family over and nothing else; the successor keeps its session and gains the desa", async () => {
    const aBefore = await openFamilies(pkhA.userId);
    const cBefore = await openFamilies(pkhC.userId);
    // Before: pkhB cannot open a family of desa A.
    expect((await pkhB.get(`/api/registry/families/${f.a3?.id}`)).statusCode).toBe(404);
    const response = await dinsos.post("/api/caseload/handovers", {
      dari: pkhC.userId,
      ke: pkhB.userId,
      tanggal: "2026-06-01",
      alasan: "Mengundurkan diri",
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json() as {
      id: string;
      families: number;
      informed: number;
      scopeAdded: string[];
    };
    handoverId = created.id;
    expect(created).toMatchObject({ families: 3, informed: 0, scopeAdded: [DESA_A] });
    expect(await openFamilies(pkhC.userId)).toEqual([]);
    expect((await openFamilies(pkhB.userId)).map((r) => r.no_kk)).toEqual(cBefore.map((r) => r.no_kk));
    expect(await openFamilies(pkhA.userId)).toEqual(aBefore);
    expect(
      await count(
        sql`SELECT count(*)::int AS n FROM companion_family WHERE handover_id = ${handoverId} AND mulai = '2026-06-01'`,
      ),
    ).toBe(3);
    expect(
      await count(sql`SELECT count(*)::int AS n FROM handover_family WHERE handover_id = ${handoverId}`),
    ).toBe(3);
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'handover.create'`)).toBe(
      1,
    );
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.scope_add'`)).toBe(
      1,
    );
    // Same session, wider scope: the moved family of desa A opens now.
    expect((await pkhB.get(`/api/registry/families/${f.a3?.id}`)).statusCode).toBe(200);
    const mine = (await pkhB.get("/api/caseload/me")).json() as { families: { total: number } };
    expect(mine.families.total).toBe(3);
  });

  it("prints one letter page per family, audited", async () => {
    const response = await pkhB.get(`/api/caseload/handovers/${handoverId}/letters.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/pdf/);
    const pdf = response.rawPayload.toString("latin1");
    expect(pdf.startsWith("%PDF")).toBe(true);
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(3);
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'handover.letters'`)).toBe(
      1,
    );
    const deniedBefore = await denied();
    expect((await pkhA.get(`/api/caseload/handovers/${handoverId}/letters.pdf`)).statusCode).toBe(404);
    expect(await denied()).toBe(deniedBefore + 1);
  });

  it("marks families as told, once, and shows the progress", async () => {
    const url = `/api/caseload/handovers/${handoverId}/families/${f.a3?.id}/informed`;
    const key = { "idempotency-key": "5b0f3c52-8d7e-4e0c-9a51-2f7c1b9d0e11" };
    expect((await pkhB.post(url, { cara: "kunjungan" })).statusCode).toBe(400);
    const first = await pkhB.post(url, { cara: "kunjungan", catatan: "Rumah dikunjungi" }, key);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers["idempotent-replayed"]).toBe("false");
    expect(first.json()).toMatchObject({
      informed: 1,
      total: 3,
      family: { informed: true, informedHow: "kunjungan" },
    });
    const again = await pkhB.post(url, { cara: "telepon" }, key);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.json()).toMatchObject({ informed: 1, family: { informedHow: "kunjungan" } });
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'handover.inform'`)).toBe(
      1,
    );
    // Not a party and not a manager: the handover does not exist for them.
    expect((await pkhA.post(url, { cara: "surat" }, key)).statusCode).toBe(404);
    // A family not in the handover.
    const other = await pkhB.post(
      `/api/caseload/handovers/${handoverId}/families/${f.a1?.id}/informed`,
      { cara: "surat" },
      key,
    );
    expect(other.statusCode).toBe(404);
    const detail = (await dinsos.get(`/api/caseload/handovers/${handoverId}`)).json() as {
      informed: number;
      families: number;
      canInform: boolean;
      familyList: { familyId: string; informed: boolean; informedBy: string | null }[];
    };
    expect(detail).toMatchObject({ informed: 1, families: 3, canInform: true });
    expect(detail.familyList.filter((x) => x.informed).map((x) => x.familyId)).toEqual([f.a3?.id]);
    const lists = async (c: TestClient) =>
      ((await c.get("/api/caseload/handovers")).json() as { items: { id: string }[] }).items.map((i) => i.id);
    expect(await lists(pkhB)).toEqual([handoverId]);
    expect(await lists(pkhC)).toEqual([handoverId]);
    expect(await lists(dinsos)).toEqual([handoverId]);
    expect(await lists(pkhA)).toEqual([]);
  });
});
