import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";
import { DESA, DESA_2 as OTHER_DESA } from "./regions.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";
import { MUSDES_DATE, makeUsulanFamily, PDF, usulanProbe, usulanSteps } from "./usulan-fixture.ts";

type TClient = TestClient & { userId: string };

describe.each(dbTargets)("DTKS proposals (usulan) on $name", (target) => {
  const t = testAppForSuite(target);
  let operator: TClient;
  let tksk: TClient;
  let dinsos: TClient;
  let family: { id: string; noKk: string; head: string; grandmother: string };

  const makeFamily = (desa: string) => makeUsulanFamily(t, desa);
  const memberStatus = (nik: string) => usulanProbe(t).memberStatus(nik);
  const usulanStatus = (id: string) => usulanProbe(t).usulanStatus(id);
  const auditActions = (id: string) => usulanProbe(t).auditActions(id);
  const propose = (client: TestClient, body: Record<string, unknown>) =>
    client.post("/api/usulan", { desaCode: DESA, familyId: family.id, data: {}, ...body });
  const { musdes, verval, decide } = usulanSteps;

  beforeAll(async () => {
    operator = await t.clientAs("operator_desa", [DESA]);
    tksk = await t.clientAs("tksk", ["35.17.18"]);
    dinsos = await t.clientAs("dinsos", ["35.17"]);
    family = await makeFamily(DESA);
  });

  let approvedId = "";

  it("takes a member's removal from proposal through musdes and verval to approval, each step audited", async () => {
    const proposed = await propose(operator, {
      kind: "hapus",
      reason: "meninggal",
      nik: family.grandmother,
      data: { tanggal_meninggal: "2025-10-30" },
      note: "Meninggal dunia, surat kematian dari desa",
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const usulan = proposed.json();
    expect(usulan).toMatchObject({
      kind: "hapus",
      reason: "meninggal",
      status: "diusulkan",
      familyId: family.id,
    });
    expect(usulan.nik).toMatch(/^3517•{8}\d{4}$/);
    expect(usulan.actions).toEqual(["musdes"]);
    approvedId = usulan.id;

    const deliberated = await musdes(tksk, usulan.id);
    expect(deliberated.statusCode, deliberated.body).toBe(200);
    expect(deliberated.json()).toMatchObject({
      status: "musdes",
      musdesDate: MUSDES_DATE,
      hasMinutes: true,
    });
    const verified = await verval(tksk, usulan.id, {
      hasil: "sesuai",
      note: "Dicek ke rumah, benar meninggal",
    });
    expect(verified.json().status).toBe("verval");

    // The operator may not decide at all; nothing changes.
    const refused = await decide(operator, usulan.id);
    expect(refused.statusCode).toBe(403);
    expect(refused.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(await usulanStatus(usulan.id)).toBe("verval");
    expect(await memberStatus(family.grandmother)).toBe("aktif");

    const approved = await decide(dinsos, usulan.id);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe("disetujui");
    expect(await memberStatus(family.grandmother)).toBe("meninggal");
    expect(await memberStatus(family.head)).toBe("aktif");
    const events = await queryRows<{ kind: string; nik: string; evidence_key: string | null; data: unknown }>(
      t.database.db,
      sql`SELECT kind, nik, evidence_key, data FROM registry_event WHERE no_kk = ${family.noKk}`,
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "usulan_hapus",
      nik: family.grandmother,
      data: { usulanId: usulan.id },
    });
    expect(events[0]?.evidence_key).toMatch(/^usulan\/berita-acara\/.+\.pdf$/);
    expect(await auditActions(usulan.id)).toEqual([
      "usulan.propose",
      "usulan.musdes",
      "usulan.verval_sesuai",
      "usulan.setuju",
    ]);

    const detail = (await dinsos.get(`/api/usulan/${usulan.id}`)).json();
    expect(detail.nik).toBe(family.grandmother);
    expect(detail.steps.map((s: { to: string }) => s.to)).toEqual([
      "diusulkan",
      "musdes",
      "verval",
      "disetujui",
    ]);
    const minutes = await dinsos.get(`/api/usulan/${usulan.id}/berita-acara`);
    expect(minutes.statusCode).toBe(200);
    expect(minutes.headers["content-type"]).toBe("application/pdf");
    expect(minutes.headers["content-disposition"]).toMatch(/^attachment;/);
    expect(minutes.body.startsWith("%PDF-")).toBe(true);
  });

  it("refuses approving twice, naming the state and the step, and changes nothing", async () => {
    const again = await decide(dinsos, approvedId);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "INVALID_TRANSITION" });
    expect(again.json().detail).toMatch(/disetujui/);
    expect(again.json().detail).toMatch(/menyetujui/);
    const steps = await queryRows(
      t.database.db,
      sql`SELECT 1 FROM usulan_step WHERE usulan_id = ${approvedId}`,
    );
    expect(steps).toHaveLength(4);
  });

  it("keeps a proposer who may verify and decide from doing it on their own proposal", async () => {
    const admin = (await t.clientAs("admin", ["35.17"])) as TClient;
    const own = (await propose(admin, { kind: "ubah", data: { desil: 3 } })).json();
    expect(own.actions).toEqual(["musdes"]);
    expect((await musdes(admin, own.id)).statusCode).toBe(200);
    const selfCheck = await verval(admin, own.id);
    expect(selfCheck.statusCode).toBe(403);
    expect(selfCheck.json().detail).toMatch(/Anda yang mengusulkan/);
    admin.language = "en";
    expect((await decide(admin, own.id, { keputusan: "tolak", note: "x" })).json().detail).toMatch(
      /You made this proposal/,
    );
    expect(await usulanStatus(own.id)).toBe("musdes");
    // Someone else verifies; a mismatch ends the proposal as rejected, with the reason kept.
    const mismatch = await verval(tksk, own.id, { hasil: "tidak_sesuai", note: "Desil sudah benar" });
    expect(mismatch.json()).toMatchObject({ status: "ditolak" });
    expect(mismatch.json().steps.at(-1)).toMatchObject({
      from: "musdes",
      to: "ditolak",
      note: "Desil sudah benar",
    });
  });

  it("lists proposals per status for each role, and none to a PSM of another desa", async () => {
    const psm = await t.clientAs("psm", [DESA]);
    const fresh = (
      await propose(psm, { kind: "tambah", familyId: undefined, data: { alamat: "RT 02" } })
    ).json();
    const inStatus = async (client: TestClient, query: string) =>
      ((await client.get(`/api/usulan?${query}`)).json().items as { id: string }[]).map((i) => i.id);

    expect(await inStatus(operator, "status=disetujui")).toContain(approvedId);
    expect(await inStatus(operator, "status=diusulkan")).toContain(fresh.id);
    expect(await inStatus(operator, "status=diusulkan")).not.toContain(approvedId);
    // Waiting for a step the caller may take: the TKSK deliberates new ones, Dinas Sosial decides.
    expect(await inStatus(tksk, "actionable=true")).toContain(fresh.id);
    expect(await inStatus(dinsos, "actionable=true")).toContain(fresh.id);
    expect(await inStatus(psm, "actionable=true")).toEqual([]);
    const listed = (await psm.get("/api/usulan?status=disetujui")).json().items;
    expect(listed.map((i: { id: string }) => i.id)).toContain(approvedId);
    expect(JSON.stringify(listed)).not.toMatch(/\d{16}/);

    const stranger = await t.clientAs("psm", [OTHER_DESA]);
    expect((await stranger.get("/api/usulan")).json().items).toEqual([]);
    expect((await stranger.get(`/api/usulan/${approvedId}`)).statusCode).toBe(404);

    // Keyset pages: one at a time, every proposal once.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await dinsos.get(`/api/usulan?limit=1${cursor ? `&cursor=${cursor}` : ""}`)
      ).json();
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(await inStatus(dinsos, "limit=200"));
  });

  it("exports the approved proposals of the scope as CSV and XLSX, masked for roles without full numbers", async () => {
    const csv = await dinsos.get("/api/usulan/export?status=disetujui&format=csv");
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    expect(csv.headers["content-disposition"]).toMatch(/usulan-disetujui-\d{4}-\d{2}-\d{2}\.csv/);
    const [header, ...lines] = csv.body.trim().split("\n");
    expect(header).toMatch(/^id_usulan,jenis,alasan,status,kode_desa,desa,no_kk,nik,/);
    const line = lines.find((l) => l.startsWith(approvedId));
    expect(line).toContain(family.grandmother);
    expect(line).toContain("meninggal");

    const psm = await t.clientAs("psm", [DESA]);
    const masked = (await psm.get("/api/usulan/export?status=disetujui")).body;
    expect(masked).toContain(approvedId);
    expect(masked).not.toMatch(/\d{16}/);
    const stranger = await t.clientAs("psm", [OTHER_DESA]);
    expect((await stranger.get("/api/usulan/export")).body.trim().split("\n")).toHaveLength(1);

    const xlsx = await dinsos.get("/api/usulan/export?status=disetujui&format=xlsx");
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const exports = await queryRows(
      t.database.db,
      sql`SELECT 1 FROM audit_log WHERE action = 'usulan.export'`,
    );
    expect(exports.length).toBeGreaterThanOrEqual(4);
  });

  it("refuses bad input with a clear problem and changes nothing", async () => {
    const other = await makeFamily(DESA);
    const created = await propose(operator, { kind: "hapus", reason: "pindah", familyId: other.id });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const blobsBefore = await queryRows(
      t.database.db,
      sql`SELECT 1 FROM usulan WHERE musdes_minutes_key IS NOT NULL`,
    );

    const future = await musdes(tksk, id, "2999-01-01");
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ code: "VALIDATION", fields: [{ field: "tanggal" }] });
    // A deliberation a year before the proposal cannot have discussed it.
    const before = await musdes(tksk, id, "2025-11-20");
    expect(before.statusCode).toBe(400);
    expect(before.json()).toMatchObject({
      code: "VALIDATION",
      fields: [
        { field: "tanggal", message: `Tanggal musdes tidak boleh sebelum usulan dibuat (${MUSDES_DATE})` },
      ],
    });
    const notPdf = await musdes(tksk, id, MUSDES_DATE, "bukan pdf", "ba.pdf");
    expect(notPdf.json()).toMatchObject({ code: "VALIDATION", fields: [{ field: "berita_acara" }] });
    const badType = await musdes(tksk, id, MUSDES_DATE, PDF, "ba.docx");
    expect(badType.statusCode).toBe(400);
    const skipped = await verval(tksk, id);
    expect(skipped.statusCode).toBe(409);
    expect(skipped.json().detail).toMatch(/diusulkan.*verval: sesuai/);
    const early = await decide(dinsos, id);
    expect(early.json().code).toBe("INVALID_TRANSITION");
    expect(await usulanStatus(id)).toBe("diusulkan");
    expect(
      await queryRows(t.database.db, sql`SELECT 1 FROM usulan WHERE musdes_minutes_key IS NOT NULL`),
    ).toHaveLength(blobsBefore.length);

    const unknownKind = await propose(operator, { kind: "pindah" });
    expect(unknownKind.statusCode).toBe(400);
    expect(unknownKind.json().fields.map((f: { field: string }) => f.field)).toContain("kind");
    const twice = await propose(operator, { kind: "hapus", reason: "pindah", familyId: other.id });
    expect(twice.json()).toMatchObject({ status: 409, code: "CONFLICT" });
    const notMember = await propose(operator, { kind: "hapus", reason: "meninggal", nik: other.head });
    expect(notMember.json().fields).toEqual([
      { field: "nik", message: "NIK ini bukan anggota keluarga ini" },
    ]);
    const noReason = await propose(operator, { kind: "hapus", nik: family.head });
    expect(noReason.json().fields.map((f: { field: string }) => f.field)).toContain("reason");

    // A family of another desa is outside the operator's scope: 404, and the attempt is audited.
    const elsewhere = await makeFamily(OTHER_DESA);
    const outside = await propose(operator, {
      kind: "ubah",
      desaCode: OTHER_DESA,
      familyId: elsewhere.id,
      data: { desil: 1 },
    });
    expect(outside.statusCode).toBe(404);
    const sameDesaCode = await propose(operator, {
      kind: "ubah",
      familyId: elsewhere.id,
      data: { desil: 1 },
    });
    expect(sameDesaCode.statusCode).toBe(404);
    const denied = await queryRows(
      t.database.db,
      sql`SELECT 1 FROM audit_log WHERE action = 'access.denied' AND entity_id = ${elsewhere.id}`,
    );
    expect(denied).toHaveLength(1);
  });

  it("removes a whole family that moved away, with its members", async () => {
    const moved = await makeFamily(DESA);
    const id = (await propose(operator, { kind: "hapus", reason: "pindah", familyId: moved.id })).json().id;
    await musdes(operator, id);
    await verval(tksk, id);
    expect((await decide(dinsos, id, { keputusan: "setuju", note: "Sesuai musdes" })).json().status).toBe(
      "disetujui",
    );
    expect(await usulanProbe(t).familyStatus(moved.noKk)).toBe("pindah");
    expect(await memberStatus(moved.head)).toBe("pindah");
  });
});
