import { type SQL, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";
import { makeHeadOnlyFamily } from "./factories/index.ts";
import { OUTSIDE_DESA as OTHER_DESA, OTHER_KEC, DESA as OWN_DESA, OWN_KEC } from "./regions.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

// Valid numbers (kecamatan of issue, date, serial) that no fixture family uses.
const UNKNOWN_NIK = "3517180101809999";

interface TPerson {
  nik: string;
  noKk: string;
  nama: string;
}

describe.each(dbTargets)("PMKS and PSKS registers on $name", (target) => {
  const t = testAppForSuite(target);
  let admin: TestClient;
  let tksk: TestClient;
  let otherTksk: TestClient;
  let own: TPerson;
  let outside: TPerson;
  let fakirMiskinId = "";
  let karangTarunaId = "";

  beforeAll(async () => {
    admin = await t.clientAs("admin", ["ID"]);
    tksk = await t.clientAs("tksk", [OWN_KEC]);
    otherTksk = await t.clientAs("tksk", [OTHER_KEC]);
    own = await makeHeadOnlyFamily(t.database.db, OWN_DESA, "0001", { nama: "Sumiati Wulandari" });
    outside = await makeHeadOnlyFamily(t.database.db, OTHER_DESA, "0002", { nama: "Bambang Lestari" });
  });

  const count = (query: SQL) => t.count(query);
  /** Everything a refused write could have changed. */
  const snapshot = async () => ({
    entries: await count(sql`SELECT count(*)::int AS n FROM social_register`),
    categories: await count(sql`SELECT count(*)::int AS n FROM social_category`),
    audits: await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'social.%'`),
  });
  const categories = async (query: string) =>
    (await tksk.get(`/api/social/categories?${query}`)).json() as {
      on: string;
      items: { register: string; kode: number; nama: string }[];
    };
  const namaOf = async (query: string, kode: number) =>
    (await categories(query)).items.find((c) => c.kode === kode)?.nama;
  const expectRefusal = (
    response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
    status: number,
    field: string,
  ) => {
    expect(response.statusCode).toBe(status);
    expect(String(response.headers["content-type"])).toMatch(/^application\/problem\+json/);
    const body = response.json() as { fields?: { field: string; message: string }[] };
    // Schema errors name the field with where it came from (`body.nik`), refusals by the rule just `nik`.
    const names = body.fields?.map((f) => f.field.replace(/^(body|querystring|params)\./, ""));
    expect(names).toContain(field);
    return body;
  };

  it("lists the 26 PMKS and 12 PSKS categories of Permensos 8/2012", async () => {
    const pmks = await categories("register=pmks");
    expect(pmks.items).toHaveLength(26);
    expect(pmks.items.find((c) => c.kode === 24)?.nama).toBe("Fakir Miskin");
    expect((await categories("register=psks")).items).toHaveLength(12);
    expect((await categories("")).items).toHaveLength(38);
    // Before the regulation's versions begin, nothing is in force.
    expect((await categories("on=2011-12-31")).items).toEqual([]);
  });

  it("lets an administrator add a dated version; lookups before and after the date differ", async () => {
    const version = { register: "psks", kode: 5, berlakuMulai: "2031-01-01", nama: "Karang Taruna Desa" };
    const added = await admin.post("/api/social/categories", { ...version, aktif: true });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toEqual({ ...version, aktif: true });
    expect(await namaOf("register=psks&on=2030-12-31", 5)).toBe("Karang Taruna");
    expect(await namaOf("register=psks&on=2031-01-01", 5)).toBe("Karang Taruna Desa");
    expect(await namaOf("register=psks", 5)).toBe("Karang Taruna");
    const history = await queryRows<{ berlaku_mulai: string; nama: string }>(
      t.database.db,
      sql`SELECT berlaku_mulai::text AS berlaku_mulai, nama FROM social_category
          WHERE register = 'psks' AND kode = 5 ORDER BY berlaku_mulai`,
    );
    expect(history).toEqual([
      { berlaku_mulai: "2012-01-01", nama: "Karang Taruna" },
      { berlaku_mulai: "2031-01-01", nama: "Karang Taruna Desa" },
    ]);
    const audited = await queryRows(
      t.database.db,
      sql`SELECT 1 FROM audit_log WHERE action = 'social.category_version' AND entity_id = 'psks:5:2031-01-01'`,
    );
    expect(audited).toHaveLength(1);

    // History is never rewritten: not the same date again, not a date before the latest version.
    const before = await snapshot();
    expectRefusal(
      await admin.post("/api/social/categories", { ...version, aktif: false }),
      409,
      "berlakuMulai",
    );
    expectRefusal(
      await admin.post("/api/social/categories", { ...version, berlakuMulai: "2020-01-01", aktif: true }),
      400,
      "berlakuMulai",
    );
    expect((await tksk.post("/api/social/categories", { ...version, aktif: true })).statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);

    // A withdrawal is a version too: Tuna Susila is out of force from 2020 on, and leaves the list.
    const withdrawn = {
      register: "pmks",
      kode: 10,
      berlakuMulai: "2020-01-01",
      nama: "Tuna Susila",
      aktif: false,
    };
    expect((await admin.post("/api/social/categories", withdrawn)).statusCode).toBe(201);
    expect((await categories("register=pmks")).items).toHaveLength(25);
    expect((await categories("register=pmks&on=2019-12-31")).items).toHaveLength(26);
  });

  it("registers a Fakir Miskin linked to a member of the TKSK's kecamatan, and a Karang Taruna without a link", async () => {
    const fakir = await tksk.post("/api/social/register", {
      register: "pmks",
      kategoriKode: 24,
      kecamatanCode: OWN_KEC,
      nik: own.nik,
      keterangan: "rumah tidak layak huni",
    });
    expect(fakir.statusCode, fakir.body).toBe(201);
    const entry = fakir.json();
    fakirMiskinId = entry.id;
    expect(entry).toMatchObject({
      register: "pmks",
      kategori: { kode: 24, nama: "Fakir Miskin" },
      kecamatan: { code: OWN_KEC, name: "Bandarkedungmulyo" },
      // The name and the desa come from the member.
      desa: { code: OWN_DESA },
      nama: own.nama,
      nik: "3517••••••••0001",
      noKk: "3517••••••••0001",
      linked: true,
      status: "aktif",
    });
    const audit = await queryRows<{ wilayah_code: string; data: { nik: string } }>(
      t.database.db,
      sql`SELECT wilayah_code, data FROM audit_log WHERE action = 'social.register' AND entity_id = ${fakirMiskinId}`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.wilayah_code).toBe(OWN_DESA);
    expect(JSON.stringify(audit[0]?.data)).not.toMatch(/\d{16}/);

    const karang = await tksk.post("/api/social/register", {
      register: "psks",
      kategoriKode: 5,
      kecamatanCode: OWN_KEC,
      nama: "  Karang Taruna   Tunas Muda ",
    });
    expect(karang.statusCode, karang.body).toBe(201);
    karangTarunaId = karang.json().id;
    expect(karang.json()).toMatchObject({
      kategori: { kode: 5, nama: "Karang Taruna" },
      desa: null,
      nama: "Karang Taruna Tunas Muda",
      nik: null,
      noKk: null,
      linked: false,
    });
  });

  it("lists the entries in scope, numbers masked, page by page, and counts them per category", async () => {
    const list = (await tksk.get("/api/social/register")).json();
    expect(list.items.map((e: { id: string }) => e.id).sort()).toEqual(
      [fakirMiskinId, karangTarunaId].sort(),
    );
    expect(JSON.stringify(list)).not.toMatch(/\d{16}/);
    const pmks = (await tksk.get(`/api/social/register?register=pmks&kecamatan=${OWN_KEC}`)).json();
    expect(pmks.items.map((e: { id: string }) => e.id)).toEqual([fakirMiskinId]);
    expect((await tksk.get("/api/social/register?kategori=5")).json().items).toHaveLength(1);

    const first = (await tksk.get("/api/social/register?limit=1")).json();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toBe(first.items[0].id);
    const second = (await tksk.get(`/api/social/register?limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.items).toHaveLength(1);
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect(second.nextCursor).toBeNull();

    const summary = (await tksk.get("/api/social/register/summary")).json();
    expect(summary.items).toEqual([
      {
        kecamatan: { code: OWN_KEC, name: "Bandarkedungmulyo" },
        register: "pmks",
        kategori: { kode: 24, nama: "Fakir Miskin" },
        aktif: 1,
        selesai: 0,
      },
      {
        kecamatan: { code: OWN_KEC, name: "Bandarkedungmulyo" },
        register: "psks",
        kategori: { kode: 5, nama: "Karang Taruna" },
        aktif: 1,
        selesai: 0,
      },
    ]);
    expect((await tksk.get("/api/social/register/summary?register=psks")).json().items).toHaveLength(1);
    // Dinas Sosial of the kabupaten sees the same counts.
    const dinsos = await t.clientAs("dinsos", ["35.17"]);
    expect((await dinsos.get("/api/social/register/summary")).json()).toEqual(summary);
  });

  it("shows a TKSK of another kecamatan nothing, and answers 404 with an audit row on the record", async () => {
    expect((await otherTksk.get("/api/social/register")).json().items).toEqual([]);
    expect((await otherTksk.get(`/api/social/register?kecamatan=${OWN_KEC}`)).json().items).toEqual([]);
    expect((await otherTksk.get("/api/social/register/summary")).json().items).toEqual([]);
    const denied = () =>
      count(
        sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'access.denied' AND entity_id = ${fakirMiskinId}`,
      );
    const before = await snapshot();
    expect((await otherTksk.get(`/api/social/register/${fakirMiskinId}`)).statusCode).toBe(404);
    expect(await denied()).toBe(1);
    const patch = await otherTksk.patch(`/api/social/register/${fakirMiskinId}`, { status: "selesai" });
    expect(patch.statusCode).toBe(404);
    expect(await denied()).toBe(2);
    expect(await snapshot()).toEqual(before);
    expect((await tksk.get(`/api/social/register/${fakirMiskinId}`)).json().status).toBe("aktif");
  });

  it("refuses a NIK outside the scope exactly like an unknown one, and a place outside the scope", async () => {
    const before = await snapshot();
    const body = { register: "pmks", kategoriKode: 24, kecamatanCode: OWN_KEC };
    const outsideAnswer = expectRefusal(
      await tksk.post("/api/social/register", { ...body, nik: outside.nik }),
      400,
      "nik",
    );
    const unknownAnswer = expectRefusal(
      await tksk.post("/api/social/register", { ...body, nik: UNKNOWN_NIK }),
      400,
      "nik",
    );
    expect(outsideAnswer).toEqual(unknownAnswer);
    expectRefusal(await tksk.post("/api/social/register", { ...body, noKk: outside.noKk }), 400, "noKk");
    // A NIK of the scope with the card number of another family.
    expectRefusal(
      await tksk.post("/api/social/register", { ...body, nik: own.nik, noKk: outside.noKk }),
      400,
      "noKk",
    );
    expectRefusal(
      await tksk.post("/api/social/register", { ...body, kecamatanCode: OTHER_KEC, nama: "Seseorang" }),
      403,
      "kecamatanCode",
    );
    expectRefusal(
      await tksk.post("/api/social/register", { ...body, kecamatanCode: "35.17.99", nama: "Seseorang" }),
      400,
      "kecamatanCode",
    );
    expectRefusal(
      await tksk.post("/api/social/register", { ...body, desaCode: "35.17.18.2999", nama: "Seseorang" }),
      400,
      "desaCode",
    );
    expect(await snapshot()).toEqual(before);
    // The probe for the number outside the scope is on record, without the number.
    const probes = await queryRows<{ entity_id: string }>(
      t.database.db,
      sql`SELECT entity_id FROM audit_log WHERE action = 'access.denied' AND entity_type = 'anggota'`,
    );
    expect(probes.map((p) => p.entity_id)).toEqual(["3517••••••••0002"]);
  });

  it("refuses an inactive or unknown category, in the caller's language", async () => {
    const before = await snapshot();
    const body = { register: "pmks", kecamatanCode: OWN_KEC, nama: "Seseorang" };
    const inactive = expectRefusal(
      await tksk.post("/api/social/register", { ...body, kategoriKode: 10 }),
      400,
      "kategoriKode",
    );
    expect(inactive.fields?.[0]?.message).toMatch(/tidak berlaku lagi sejak 2020-01-01/);
    tksk.language = "en";
    const unknown = expectRefusal(
      await tksk.post("/api/social/register", { ...body, kategoriKode: 99 }),
      400,
      "kategoriKode",
    );
    tksk.language = "id";
    expect(unknown.fields?.[0]?.message).toMatch(/no PMKS category 99 in force/);
    // PSKS has no category 13.
    expectRefusal(
      await tksk.post("/api/social/register", { ...body, register: "psks", kategoriKode: 13 }),
      400,
      "kategoriKode",
    );
    expectRefusal(
      await tksk.patch(`/api/social/register/${fakirMiskinId}`, { kategoriKode: 10 }),
      400,
      "kategoriKode",
    );
    expect(await snapshot()).toEqual(before);
  });

  it("answers bad bodies with 400 problem+json naming the field, and changes nothing", async () => {
    const before = await snapshot();
    const valid = { register: "pmks", kategoriKode: 24, kecamatanCode: OWN_KEC, nama: "Seseorang" };
    const post = (body: unknown) => tksk.post("/api/social/register", body);
    expectRefusal(await post({ ...valid, register: "lainnya" }), 400, "register");
    expectRefusal(await post({ ...valid, kategoriKode: "dua puluh" }), 400, "kategoriKode");
    expectRefusal(await post({ ...valid, kecamatanCode: "35.17" }), 400, "kecamatanCode");
    expectRefusal(await post({ ...valid, desaCode: "35.17.17.2002" }), 400, "desaCode");
    expectRefusal(await post({ ...valid, nik: "3517180101800000" }), 400, "nik");
    expectRefusal(await post({ ...valid, noKk: "12345" }), 400, "noKk");
    const { nama: _, ...nameless } = valid;
    expectRefusal(await post(nameless), 400, "nama");
    expectRefusal(await post({ ...valid, status: "aktif" }), 400, "status");
    expect(
      (await tksk.post("/api/social/register", "{ bukan json", { "content-type": "application/json" }))
        .statusCode,
    ).toBe(400);
    expectRefusal(
      await tksk.patch(`/api/social/register/${fakirMiskinId}`, { status: "hilang" }),
      400,
      "status",
    );
    expect((await tksk.patch(`/api/social/register/${fakirMiskinId}`, {})).statusCode).toBe(400);
    expectRefusal(
      await admin.post("/api/social/categories", {
        register: "pmks",
        kode: 0,
        berlakuMulai: "2040-01-01",
        nama: "X",
        aktif: true,
      }),
      400,
      "kode",
    );
    expectRefusal(
      await admin.post("/api/social/categories", {
        register: "pmks",
        kode: 3,
        berlakuMulai: "1 Januari",
        nama: "X",
        aktif: true,
      }),
      400,
      "berlakuMulai",
    );
    expect((await tksk.get("/api/social/categories?on=kemarin")).statusCode).toBe(400);
    expect((await tksk.get("/api/social/categories?on=0000-01-01")).statusCode).toBe(400);
    expect((await tksk.get("/api/social/register?cursor=abc")).statusCode).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it("updates status, category and note; an entry is active once per person and category", async () => {
    const closed = await tksk.patch(`/api/social/register/${fakirMiskinId}`, {
      status: "selesai",
      keterangan: "sudah mendapat bantuan usaha",
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: "selesai", keterangan: "sudah mendapat bantuan usaha" });
    const audit = await queryRows<{ data: unknown }>(
      t.database.db,
      sql`SELECT data FROM audit_log WHERE action = 'social.update' AND entity_id = ${fakirMiskinId}`,
    );
    expect(audit).toEqual([
      { data: { changes: { status: { before: "aktif", after: "selesai" }, keterangan: "diubah" } } },
    ]);
    // The same patch again changes nothing and writes nothing.
    const before = await snapshot();
    expect(
      (await tksk.patch(`/api/social/register/${fakirMiskinId}`, { status: "selesai" })).statusCode,
    ).toBe(200);
    expect(await snapshot()).toEqual(before);

    const again = { register: "pmks", kategoriKode: 24, kecamatanCode: OWN_KEC, nik: own.nik };
    const second = await tksk.post("/api/social/register", again);
    expect(second.statusCode, second.body).toBe(201);
    expectRefusal(await tksk.post("/api/social/register", again), 409, "nik");
    expectRefusal(await tksk.patch(`/api/social/register/${fakirMiskinId}`, { status: "aktif" }), 409, "nik");

    const moved = await tksk.patch(`/api/social/register/${second.json().id}`, { kategoriKode: 23 });
    expect(moved.json().kategori).toEqual({ kode: 23, nama: "Perempuan Rawan Sosial Ekonomi" });
    const summary = (await tksk.get("/api/social/register/summary?register=pmks")).json();
    expect(summary.items.map((i: { kategori: { kode: number } }) => i.kategori.kode)).toEqual([23, 24]);
    expect(summary.items[1]).toMatchObject({ aktif: 0, selesai: 1 });
  });

  it("lets a PSM register in its own desa only, and see only that desa", async () => {
    const psm = await t.clientAs("psm", [OWN_DESA]);
    const neighbour = await t.clientAs("psm", ["35.17.18.2004"]);
    const body = { register: "pmks", kategoriKode: 8, kecamatanCode: OWN_KEC, nama: "Mbah Karto" };
    expectRefusal(await psm.post("/api/social/register", body), 403, "kecamatanCode");
    const made = await psm.post("/api/social/register", { ...body, desaCode: OWN_DESA });
    expect(made.statusCode, made.body).toBe(201);
    const seen = (await psm.get("/api/social/register")).json().items.map((e: { nama: string }) => e.nama);
    // Its desa's entries (Mbah Karto, the linked Fakir Miskin entries), never the kecamatan-wide Karang Taruna.
    expect(seen).toContain("Mbah Karto");
    expect(seen).not.toContain("Karang Taruna Tunas Muda");
    expect((await neighbour.get("/api/social/register")).json().items).toEqual([]);
    expect((await neighbour.get(`/api/social/register/${made.json().id}`)).statusCode).toBe(404);
    expect((await tksk.get(`/api/social/register/${made.json().id}`)).statusCode).toBe(200);
  });
});
