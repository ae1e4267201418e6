import { randomUUID } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";
import { makeAgent, makePeriod } from "./factories/index.ts";
import { checklist, JPEG_BYTES, multipartPhoto, rawSession } from "./monitoring-fixture.ts";
import { DESA, DESA_2, OTHER_KEC, OUTSIDE_DESA, OWN_KEC } from "./regions.ts";
import { TEST_PASSWORD, testAppForSuite } from "./test-app.ts";
import { TestClient } from "./test-client.ts";

const MARET = "2025-03";

interface TChecklistBody {
  id: string;
  skor: number;
  terbuka: boolean;
  aspek: { aspek: string; sesuai: boolean; temuan: string | null; adaFoto: boolean; status: string | null }[];
}

describe.each(dbTargets)("6T monitoring on $name", (target) => {
  const t = testAppForSuite(target);
  let tksk: TestClient;
  let tkskName: string;
  let otherTksk: TestClient;
  let dinsos: TestClient;
  let tikor: TestClient;

  beforeAll(async () => {
    const user = await t.makeUser("tksk", [OWN_KEC]);
    tkskName = user.username;
    tksk = new TestClient(t.app);
    await tksk.login(user.username, TEST_PASSWORD);
    otherTksk = await t.clientAs("tksk", [OTHER_KEC]);
    dinsos = await t.clientAs("dinsos", ["35.17"]);
    tikor = await t.clientAs("tikor", [DESA]);
    const db = t.database.db;
    await makePeriod(db, MARET);
    await makePeriod(db, "2025-04");
    await makeAgent(db, { idAgen: "EW-001", desa: DESA, nama: "e-Warong Sumber Rejeki" });
    await makeAgent(db, { idAgen: "EW-002", desa: DESA_2, nama: "e-Warong Makmur" });
    await makeAgent(db, { idAgen: "EW-003", desa: DESA_2, nama: "e-Warong Tutup", aktif: false });
    await makeAgent(db, { idAgen: "EW-009", desa: OUTSIDE_DESA, nama: "e-Warong Seberang" });
  });

  const count = (query: SQL) => t.count(query);
  const checklists = () => count(sql`SELECT count(*)::int AS n FROM monitoring_6t`);
  const denied = () => count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'access.denied'`);
  const fieldsOf = (body: string) =>
    (JSON.parse(body) as { fields?: { field: string; message: string }[] }).fields ?? [];

  let first: TChecklistBody;

  it("records a checklist with one unmet aspect and its follow-up: score 5, follow-up open, audited", async () => {
    const response = await tksk.post(
      "/api/monitoring",
      checklist("EW-001", MARET, {
        harga: { temuan: "Beras dijual Rp14.000/kg di atas HET", tindakLanjut: "Teguran tertulis ke agen" },
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    first = response.json() as TChecklistBody;
    expect(response.headers.location).toBe(`/api/monitoring/${first.id}`);
    expect(first.skor).toBe(5);
    expect(first.terbuka).toBe(true);
    expect(first.aspek.map((a) => a.aspek)).toEqual([
      "sasaran",
      "jumlah",
      "harga",
      "mutu",
      "waktu",
      "administrasi",
    ]);
    const harga = first.aspek.find((a) => a.aspek === "harga");
    expect(harga).toMatchObject({
      sesuai: false,
      temuan: "Beras dijual Rp14.000/kg di atas HET",
      status: "terbuka",
    });
    expect(first.aspek.filter((a) => a.status !== null)).toHaveLength(1);
    const [audit] = await queryRows<{ data: { skor: number; tidakSesuai: string[] }; wilayah_code: string }>(
      t.database.db,
      sql`SELECT data, wilayah_code FROM audit_log WHERE action = 'monitoring.create' AND entity_id = ${first.id}`,
    );
    expect(audit?.wilayah_code).toBe(DESA);
    expect(audit?.data).toMatchObject({ skor: 5, tidakSesuai: ["harga"], tindakLanjut: ["harga"] });
    // No free text in the append-only log.
    expect(JSON.stringify(audit?.data)).not.toContain("Beras");
  });

  it("refuses bad checklists naming the field, in the caller's language, and stores nothing", async () => {
    const before = await checklists();
    const missing = checklist("EW-002", MARET);
    missing.aspek = missing.aspek.filter((a) => a.aspek !== "mutu");
    const r1 = await tksk.post("/api/monitoring", missing);
    expect(r1.statusCode).toBe(400);
    expect(fieldsOf(r1.body)).toEqual([
      { field: "aspek", message: expect.stringContaining("belum ada: mutu") },
    ]);

    const noFinding = checklist("EW-002", MARET);
    noFinding.aspek[4] = { aspek: "waktu", sesuai: false };
    const r2 = await tksk.post("/api/monitoring", noFinding);
    expect(r2.statusCode).toBe(400);
    expect(fieldsOf(r2.body)[0]?.field).toBe("aspek.4.temuan");
    expect(fieldsOf(r2.body)[0]?.message).toMatch(/temuan wajib diisi bila tidak sesuai/);

    const twice = checklist("EW-002", MARET);
    twice.aspek[5] = { aspek: "sasaran", sesuai: true };
    const r3 = await tksk.post("/api/monitoring", twice);
    expect(r3.statusCode).toBe(400);
    expect(fieldsOf(r3.body).map((f) => f.field)).toEqual(["aspek.5.aspek", "aspek"]);

    const r4 = await tksk.post("/api/monitoring", checklist("EW-002", "2024-12"));
    expect(r4.statusCode).toBe(400);
    expect(fieldsOf(r4.body)).toEqual([
      { field: "periode", message: "Periode 2024-12 program SEMBAKO tidak ada" },
    ]);

    const r5 = await tksk.post("/api/monitoring", checklist("EW-002", "2025-04", {}, "2025-03-31"));
    expect(r5.statusCode).toBe(400);
    expect(fieldsOf(r5.body)[0]?.field).toBe("tanggal");

    tksk.language = "en";
    const r6 = await tksk.post("/api/monitoring", noFinding);
    tksk.language = "id";
    expect(fieldsOf(r6.body)[0]?.message).toMatch(/a finding is required/);
    expect(await checklists()).toBe(before);
  });

  it("allows one checklist per agent, programme and period: the second is 409 naming the first", async () => {
    const before = await checklists();
    const response = await dinsos.post("/api/monitoring", checklist("EW-001", MARET));
    expect(response.statusCode).toBe(409);
    expect(response.headers.location).toBe(`/api/monitoring/${first.id}`);
    expect(response.json().detail).toContain(first.id);
    expect(await checklists()).toBe(before);
  });

  it("answers a phone's retry with the same Idempotency-Key with the stored checklist, writing nothing", async () => {
    const key = randomUUID();
    const body = checklist("EW-002", MARET, { mutu: { temuan: "Telur pecah" } });
    const stored = await tksk.post("/api/monitoring", body, { "idempotency-key": key });
    expect(stored.statusCode, stored.body).toBe(201);
    expect(stored.headers["idempotent-replayed"]).toBe("false");
    const [rows, audits] = [await checklists(), await count(sql`SELECT count(*)::int AS n FROM audit_log`)];
    const retry = await tksk.post("/api/monitoring", body, { "idempotency-key": key });
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.json().id).toBe(stored.json().id);
    // The same key with other content, or another user's key, is still the second checklist.
    expect(
      (await tksk.post("/api/monitoring", checklist("EW-002", MARET), { "idempotency-key": key })).statusCode,
    ).toBe(409);
    expect((await dinsos.post("/api/monitoring", body, { "idempotency-key": key })).statusCode).toBe(409);
    expect((await tksk.post("/api/monitoring", body, { "idempotency-key": "bukan-uuid" })).statusCode).toBe(
      400,
    );
    expect([await checklists(), await count(sql`SELECT count(*)::int AS n FROM audit_log`)]).toEqual([
      rows,
      audits,
    ]);
    await t.database.db.execute(
      sql`DELETE FROM monitoring_6t_aspek WHERE monitoring_id = ${stored.json().id}`,
    );
    await t.database.db.execute(sql`DELETE FROM monitoring_6t WHERE id = ${stored.json().id}`);
  });

  it("answers 404 for an agent outside the scope, with an access.denied audit row", async () => {
    const [beforeDenied, beforeRows] = [await denied(), await checklists()];
    const response = await tksk.post("/api/monitoring", checklist("EW-009", MARET));
    expect(response.statusCode).toBe(404);
    expect(await denied()).toBe(beforeDenied + 1);
    // A missing agent answers the same, with nothing to audit.
    expect((await tksk.post("/api/monitoring", checklist("EW-404", MARET))).statusCode).toBe(404);
    expect(await denied()).toBe(beforeDenied + 1);
    expect(await checklists()).toBe(beforeRows);
    // Reading a checklist of another kecamatan is the same 404.
    expect((await otherTksk.get(`/api/monitoring/${first.id}`)).statusCode).toBe(404);
    expect(await denied()).toBe(beforeDenied + 2);
  });

  it("updates an open checklist's findings with the facts before and after in the audit", async () => {
    const body = checklist("EW-001", MARET, {
      harga: { temuan: "Beras di atas HET", tindakLanjut: "Teguran tertulis ke agen" },
      mutu: { temuan: "Telur retak" },
    });
    const { program: _p, periode: _q, idAgen: _a, ...update } = body;
    const response = await tksk.request("PUT", `/api/monitoring/${first.id}`, {
      ...update,
      catatan: "Dicek ulang",
    });
    expect(response.statusCode, response.body).toBe(200);
    const updated = response.json() as TChecklistBody;
    expect(updated.skor).toBe(4);
    expect(updated.aspek.find((a) => a.aspek === "mutu")).toMatchObject({ sesuai: false, status: null });
    const [audit] = await queryRows<{ data: { before: { skor: number }; after: { skor: number } } }>(
      t.database.db,
      sql`SELECT data FROM audit_log WHERE action = 'monitoring.update' AND entity_id = ${first.id}`,
    );
    expect(audit?.data.before.skor).toBe(5);
    expect(audit?.data.after.skor).toBe(4);
  });

  it("lists open follow-ups oldest first, closes one once (who, when, note), then the checklist is closed", async () => {
    // A later checklist with a follow-up, so the order shows.
    const later = await tksk.post(
      "/api/monitoring",
      checklist("EW-002", "2025-04", {
        waktu: { temuan: "Buka di luar jadwal", tindakLanjut: "Koordinasi jadwal" },
      }),
    );
    expect(later.statusCode, later.body).toBe(201);
    const open = (await tksk.get("/api/monitoring/follow-ups?status=terbuka")).json() as {
      items: { monitoringId: string; aspek: string }[];
    };
    expect(open.items.map((i) => [i.monitoringId, i.aspek])).toEqual([
      [first.id, "harga"],
      [later.json().id, "waktu"],
    ]);
    expect((await otherTksk.get("/api/monitoring/follow-ups")).json().items).toEqual([]);

    const noNote = await tksk.post(`/api/monitoring/${first.id}/aspek/harga/tutup`, { catatan: "  " });
    expect(noNote.statusCode).toBe(400);
    const closed = await tksk.post(`/api/monitoring/${first.id}/aspek/harga/tutup`, {
      catatan: "Agen sudah menurunkan harga",
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const harga = (closed.json() as { aspek: Record<string, unknown>[] }).aspek.find(
      (a) => a.aspek === "harga",
    );
    expect(harga).toMatchObject({ status: "selesai", catatanPenutupan: "Agen sudah menurunkan harga" });
    expect(harga?.ditutupOleh).toBe(`Uji ${tkskName}`);
    expect(typeof harga?.ditutupPada).toBe("string");
    expect(closed.json().terbuka).toBe(false);

    const again = await tksk.post(`/api/monitoring/${first.id}/aspek/harga/tutup`, { catatan: "lagi" });
    expect(again.statusCode).toBe(409);
    const nothing = await tksk.post(`/api/monitoring/${first.id}/aspek/sasaran/tutup`, { catatan: "x" });
    expect(nothing.statusCode).toBe(409);
    expect((await tksk.get("/api/monitoring/follow-ups")).json().items).toHaveLength(1);
    expect((await tksk.get("/api/monitoring/follow-ups?status=selesai")).json().items[0].monitoringId).toBe(
      first.id,
    );
    expect(
      await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'monitoring.close_follow_up'`),
    ).toBe(1);

    // A closed follow-up settles the checklist's findings.
    const { program: _p, periode: _q, idAgen: _a, ...update } = checklist("EW-001", MARET);
    expect((await tksk.request("PUT", `/api/monitoring/${first.id}`, update)).statusCode).toBe(409);
  });

  it("lists the period's agents with their checklists, unchecked agents included, per kecamatan", async () => {
    const list = (await tksk.get(`/api/monitoring?program=SEMBAKO&periode=${MARET}`)).json() as {
      periode: string;
      periods: string[];
      items: {
        agen: { idAgen: string };
        checklist: { id: string; skor: number; tindakLanjutTerbuka: number } | null;
      }[];
    };
    expect(list.periods).toEqual(["2025-04", MARET]);
    expect(list.items.map((i) => i.agen.idAgen)).toEqual(["EW-001", "EW-002"]);
    expect(list.items[0]?.checklist).toMatchObject({ id: first.id, skor: 4, tindakLanjutTerbuka: 0 });
    expect(list.items[1]?.checklist).toBeNull();
    const desaList = (await tikor.get(`/api/monitoring?periode=${MARET}`)).json() as typeof list;
    expect(desaList.items.map((i) => i.agen.idAgen)).toEqual(["EW-001"]);
    const other = (
      await dinsos.get(`/api/monitoring?periode=${MARET}&kecamatan=${OTHER_KEC}`)
    ).json() as typeof list;
    expect(other.items.map((i) => i.agen.idAgen)).toEqual(["EW-009"]);
  });

  it("stores a photo of a finding, serves it in the scope and audits each view", async () => {
    const session = await rawSession(t, tkskName, TEST_PASSWORD);
    const url = `/api/monitoring/${first.id}/aspek/mutu/foto`;
    const notImage = await session.upload(
      url,
      multipartPhoto("telur.jpg", Buffer.from("bukan gambar sama sekali")),
    );
    expect(notImage.statusCode).toBe(400);
    expect(notImage.json().fields[0].field).toBe("foto");
    const stored = await session.upload(url, multipartPhoto("telur.jpg", JPEG_BYTES));
    expect(stored.statusCode, stored.body).toBe(200);
    expect((stored.json() as TChecklistBody).aspek.find((a) => a.aspek === "mutu")?.adaFoto).toBe(true);

    const views = () =>
      count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'monitoring.view_photo'`);
    const before = await views();
    const photo = await tksk.get(url);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers["content-type"]).toBe("image/jpeg");
    expect(photo.rawPayload.equals(JPEG_BYTES)).toBe(true);
    expect(await views()).toBe(before + 1);
    const deniedBefore = await denied();
    expect((await otherTksk.get(url)).statusCode).toBe(404);
    expect(await denied()).toBe(deniedBefore + 1);
    expect((await tksk.get(`/api/monitoring/${first.id}/aspek/jumlah/foto`)).statusCode).toBe(404);
    expect((await tksk.get(`/api/monitoring/${first.id}/aspek/bukan/foto`)).statusCode).toBe(400);
  });
});
