import type { TAnomalyDetail, TAnomalyOwnerCandidate } from "@kawal/core";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { addLifeEvent, addListedFamily, addTransaction, PERIODE, PROGRAM } from "./anomaly-fixture.ts";
import { dbTargets } from "./db-targets.ts";
import { makeAgent, makePeriod } from "./factories/index.ts";
import { OTHER_KEC, OWN_KEC } from "./regions.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

const DESA = "35.17.18.2005";

describe.each(dbTargets)("anomaly owner and resolution on $name", (target) => {
  const t = testAppForSuite(target);
  let dinsos: TestClient & { userId: string };
  let tksk: TestClient & { userId: string };
  let otherTksk: TestClient & { userId: string };
  let koordinator: TestClient & { userId: string };
  let findingId: string;

  beforeAll(async () => {
    const db = t.database.db;
    dinsos = await t.clientAs("dinsos", ["35.17"]);
    tksk = await t.clientAs("tksk", [OWN_KEC]);
    otherTksk = await t.clientAs("tksk", [OTHER_KEC]);
    koordinator = await t.clientAs("koordinator", [OWN_KEC]);
    await makePeriod(db, PERIODE);
    await makeAgent(db, { idAgen: "AG-1", desa: DESA });
    const dead = await addListedFamily(db, DESA, "0001", { status: "meninggal" });
    await addLifeEvent(db, dead, "kematian", "2025-03-05");
    await addTransaction(db, {
      id: "T-1",
      waktu: "2025-03-08T10:00:00+07:00",
      noKks: dead.noKks,
      nominal: 200_000,
      idAgen: "AG-1",
      desa: DESA,
    });
    const detected = await dinsos.post("/api/anomalies/detect", { program: PROGRAM, periode: PERIODE });
    expect(detected.json().counts.pengurus_meninggal).toBe(1);
    const [row] = await queryRows<{ id: string }>(db, sql`SELECT id FROM anomali`);
    findingId = row?.id ?? "";
  });

  const audits = (action: string) => t.auditCount(action);
  const owner = (client: TestClient, userId: string) =>
    client.request("PUT", `/api/anomalies/${findingId}/owner`, { userId });
  const resolve = (client: TestClient, body: Record<string, unknown>) =>
    client.post(`/api/anomalies/${findingId}/resolve`, body);

  it("hides a finding outside the scope: 404 and an access.denied audit row", async () => {
    const before = await audits("access.denied");
    const response = await otherTksk.get(`/api/anomalies/${findingId}`);
    expect(response.statusCode).toBe(404);
    expect(await audits("access.denied")).toBe(before + 1);
    expect((await otherTksk.get("/api/anomalies")).json().items).toEqual([]);
    expect(
      (await otherTksk.post(`/api/anomalies/${findingId}/resolve`, { status: "ditangani" })).statusCode,
    ).toBe(404);
    expect((await tksk.get("/api/anomalies/bukan-uuid")).statusCode).toBe(404);
  });

  it("offers as owners only active users who read anomalies and cover the desa", async () => {
    const psm = await t.makeUser("psm", [DESA]);
    const disabled = await t.makeUser("tksk", [OWN_KEC]);
    await t.database.db.execute(sql`UPDATE users SET disabled = true WHERE id = ${disabled.id}`);
    const response = await tksk.get(`/api/anomalies/${findingId}/owners`);
    expect(response.statusCode).toBe(200);
    const ids = (response.json().items as TAnomalyOwnerCandidate[]).map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining([dinsos.userId, tksk.userId, koordinator.userId]));
    expect(ids).not.toContain(otherTksk.userId);
    expect(ids).not.toContain(psm.id);
    expect(ids).not.toContain(disabled.id);

    for (const [userId, reason] of [
      [psm.id, "tidak boleh melihat anomali"],
      [disabled.id, "tidak aktif"],
      [otherTksk.userId, "tidak mencakup desa"],
      ["7d0c7a5e-0000-4000-8000-000000000000", "tidak ditemukan"],
    ] as const) {
      const refused = await owner(dinsos, userId);
      expect(refused.statusCode, reason).toBe(400);
      expect(refused.json().fields[0].field).toBe("userId");
      expect(refused.json().fields[0].message).toContain(reason);
    }
    expect(await audits("anomaly.owner")).toBe(0);
  });

  it("the owner resolves with a note; others without anomaly.manage may not", async () => {
    // A coordinator reads anomalies but does not manage them: not the owner yet, refused.
    expect((await resolve(koordinator, { status: "ditangani" })).statusCode).toBe(403);
    expect((await owner(koordinator, koordinator.userId)).statusCode).toBe(403);
    const assigned = await owner(tksk, koordinator.userId);
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect((assigned.json() as TAnomalyDetail).pemilik?.id).toBe(koordinator.userId);
    expect(await audits("anomaly.owner")).toBe(1);

    const handling = await resolve(koordinator, { status: "ditangani", catatan: "Sudah dikunjungi ke desa" });
    expect(handling.statusCode, handling.body).toBe(200);
    expect(handling.json().status).toBe("ditangani");
    const noNote = await resolve(koordinator, { status: "selesai" });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().fields[0].field).toBe("catatan");
    const done = await resolve(koordinator, {
      status: "selesai",
      catatan: "Kartu ditarik bersama desa; saldo dikembalikan",
    });
    expect(done.statusCode, done.body).toBe(200);
    const detail = done.json() as TAnomalyDetail;
    expect(detail.status).toBe("selesai");
    expect(detail.catatan).toBe("Kartu ditarik bersama desa; saldo dikembalikan");
    expect(detail.diselesaikanOleh?.id).toBe(koordinator.userId);
    expect(detail.diselesaikanPada).not.toBeNull();
    expect(await audits("anomaly.resolve")).toBe(2);

    // The same request again (a phone resending) answers the state unchanged and writes nothing.
    const repeat = await resolve(koordinator, {
      status: "selesai",
      catatan: "Kartu ditarik bersama desa; saldo dikembalikan",
    });
    expect(repeat.statusCode).toBe(200);
    expect(await audits("anomaly.resolve")).toBe(2);
    // A closed finding stays closed, and keeps its owner.
    const reopen = await resolve(dinsos, { status: "ditangani" });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().code).toBe("INVALID_TRANSITION");
    expect((await owner(dinsos, tksk.userId)).statusCode).toBe(409);
    // Detection again does not bring it back.
    const again = await dinsos.post("/api/anomalies/detect", { program: PROGRAM, periode: PERIODE });
    expect(again.json().total).toBe(0);
    const closed = (await tksk.get("/api/anomalies?status=selesai")).json();
    expect(closed.items.map((i: { id: string }) => i.id)).toEqual([findingId]);
  });
});
