import { randomUUID } from "node:crypto";
import { cardDefaultHolder, cardStatuses, cardTransitions, type TCardStatus } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { makeAidFamily, type TAidFamily } from "./aid-fixture.ts";
import { daysAgo, insertCard, nextNoKks } from "./cards-fixture.ts";
import { dbTargets } from "./db-targets.ts";
import { DESA, OUTSIDE_DESA, OWN_KEC } from "./regions.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

const today = daysAgo(0);

interface TCardBody {
  id: string;
  noKks: string;
  status: TCardStatus;
  pemegang: { jenis: string; nama: string | null; userId: string | null; sejak: string };
  menggantikan: string | null;
  events: { status: string; pemegang: { jenis: string; nama: string | null } }[];
  nextStatuses: string[];
  diganti: { id: string; noKks: string } | null;
  numbersMasked: boolean;
}

describe.each(dbTargets)("KKS card lifecycle on $name", (target) => {
  const t = testAppForSuite(target);
  let dinsos: TestClient;
  let tksk: TestClient & { userId: string };
  let otherTksk: TestClient;
  let family: TAidFamily;
  let outside: TAidFamily;

  beforeAll(async () => {
    dinsos = await t.clientAs("dinsos", ["35.17"]);
    tksk = await t.clientAs("tksk", [OWN_KEC]);
    otherTksk = await t.clientAs("tksk", ["35.17.17"]);
    family = await makeAidFamily(t, DESA, "0101", { nama: "Sumarni Kartu" });
    outside = await makeAidFamily(t, OUTSIDE_DESA, "0102", { nama: "Paidi Luar" });
  });

  const count = (query: SQL) => t.count(query);
  const snapshot = async () => ({
    cards: await count(sql`SELECT count(*)::int AS n FROM kartu_kks`),
    events: await count(sql`SELECT count(*)::int AS n FROM kartu_kks_event`),
    audits: await count(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'card.%' AND action <> 'card.view_full_number'`,
    ),
  });
  const denied = () => count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'access.denied'`);
  const event = (client: TestClient, id: string, body: unknown, key = randomUUID()) =>
    client.post(`/api/cards/${id}/events`, body, { "idempotency-key": key });

  it("registers a card for a family: masked in lists, full on the page for Dinas Sosial, once per number", async () => {
    const before = await snapshot();
    const noKks = nextNoKks();
    const created = await dinsos.post("/api/cards", {
      familyId: family.id,
      noKks,
      bank: "BNI",
      tanggal: today,
    });
    expect(created.statusCode, created.body).toBe(201);
    const card = created.json() as TCardBody;
    expect(card).toMatchObject({
      noKks,
      status: "dicetak",
      pemegang: { jenis: "bank" },
      nextStatuses: ["diserahkan"],
    });
    expect(card.events).toHaveLength(1);
    expect(await snapshot()).toMatchObject({ cards: before.cards + 1, events: before.events + 1 });
    const list = await tksk.get(`/api/cards?familyId=${family.id}`);
    expect(list.statusCode).toBe(200);
    const items = (list.json() as { items: { id: string; noKks: string; kepala: string }[] }).items;
    expect(items.map((i) => i.id)).toContain(card.id);
    const listed = items.find((i) => i.id === card.id);
    expect(listed?.noKks).toContain("•");
    expect(listed?.noKks).not.toBe(noKks);
    expect(listed?.kepala).toBe("Sumarni Kartu");
    // The number never travels in a URL: the list and the page use the opaque id.
    expect(card.id).toMatch(/^[0-9a-f-]{36}$/);
    const again = await dinsos.post("/api/cards", {
      familyId: family.id,
      noKks,
      bank: "BRI",
      tanggal: today,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "CONFLICT", fields: [{ field: "noKks" }] });
  });

  it("refuses bad registrations naming each field, storing nothing", async () => {
    const before = await snapshot();
    const bad = await dinsos.post("/api/cards", {
      familyId: family.id,
      noKks: "12345",
      bank: "",
      status: "diserahkan",
      tanggal: "2999-01-01",
    });
    expect(bad.statusCode).toBe(400);
    const fields = (bad.json() as { fields: { field: string }[] }).fields.map((f) =>
      f.field.replace(/^body\./, ""),
    );
    expect(fields.sort()).toEqual(["bank", "noKks", "penerima", "tanggal"]);
    const outsideCard = await tksk.post("/api/cards", {
      familyId: outside.id,
      noKks: nextNoKks(),
      bank: "BNI",
      tanggal: today,
    });
    expect(outsideCard.statusCode).toBe(404);
    expect(await snapshot()).toMatchObject({ cards: before.cards, events: before.events });
  });

  it("allows exactly the table's transitions and refuses every other, naming the state", async () => {
    for (const from of cardStatuses) {
      for (const to of cardStatuses) {
        const holder = cardDefaultHolder[from];
        const card = await insertCard(t, family, DESA, from, {
          jenis: holder,
          nama: holder === "keluarga" ? "Sumarni Kartu" : null,
        });
        const before = await snapshot();
        const body = {
          status: to,
          tanggal: today,
          ...(to === "diserahkan" ? { pemegangNama: "Sumarni Kartu" } : {}),
          ...(to === "diganti" ? { noKksBaru: nextNoKks() } : {}),
        };
        const response = await event(tksk, card.id, body);
        const allowed = (cardTransitions[from] as readonly TCardStatus[]).includes(to);
        const label = `${from} → ${to}`;
        if (allowed) {
          expect(response.statusCode, `${label}: ${response.body}`).toBe(201);
          const after = response.json() as TCardBody;
          expect(after.status, label).toBe(to);
          expect(after.pemegang.jenis, label).toBe(to === "diserahkan" ? "keluarga" : cardDefaultHolder[to]);
          expect(after.nextStatuses, label).toEqual([...cardTransitions[to]]);
          const added = to === "diganti" ? 1 : 0;
          expect(await snapshot(), label).toEqual({
            cards: before.cards + added,
            events: before.events + 1 + added,
            audits: before.audits + 1,
          });
        } else {
          expect(response.statusCode, `${label}: ${response.body}`).toBe(409);
          const problem = response.json() as { code: string; fields: { field: string; message: string }[] };
          expect(problem.code, label).toBe("INVALID_TRANSITION");
          expect(problem.fields[0]?.field, label).toBe("status");
          expect(problem.fields[0]?.message, label).toContain(`Kartu berstatus "${from}"`);
          expect(await snapshot(), label).toEqual(before);
        }
      }
    }
  });

  it("replaces a card: the new one is printed at the bank, names the old one, and the number is checked", async () => {
    const card = await insertCard(t, family, DESA, "hilang", { jenis: "keluarga", nama: "Sumarni Kartu" });
    const missing = await event(tksk, card.id, { status: "diganti", tanggal: today });
    expect(missing.statusCode).toBe(400);
    expect(JSON.stringify(missing.json())).toMatch(/noKksBaru/);
    const taken = await insertCard(t, family, DESA, "dicetak", { jenis: "bank" });
    const before = await snapshot();
    const clash = await event(tksk, card.id, { status: "diganti", tanggal: today, noKksBaru: taken.noKks });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ code: "CONFLICT", fields: [{ field: "noKksBaru" }] });
    expect(await snapshot()).toEqual(before);
    const same = await event(tksk, card.id, { status: "diganti", tanggal: today, noKksBaru: card.noKks });
    expect(same.statusCode).toBe(400);

    const noKksBaru = nextNoKks();
    const replaced = await event(dinsos, card.id, { status: "diganti", tanggal: today, noKksBaru });
    expect(replaced.statusCode, replaced.body).toBe(201);
    const old = replaced.json() as TCardBody;
    expect(old.status).toBe("diganti");
    expect(old.nextStatuses).toEqual([]);
    expect(old.diganti?.noKks).toBe(noKksBaru);
    const fresh = (await dinsos.get(`/api/cards/${old.diganti?.id}`)).json() as TCardBody;
    expect(fresh).toMatchObject({
      noKks: noKksBaru,
      status: "dicetak",
      pemegang: { jenis: "bank" },
      menggantikan: card.noKks,
    });
    expect(fresh.events).toHaveLength(1);
    // The new card follows its own life: handed to the family.
    const handed = await event(tksk, fresh.id, {
      status: "diserahkan",
      tanggal: today,
      pemegangNama: "Sumarni",
    });
    expect(handed.statusCode).toBe(201);
  });

  it("needs the receiving person for a hand-over to the family, a known staff member, and dates in order", async () => {
    const card = await insertCard(t, family, DESA, "dicetak", { jenis: "bank" }, daysAgo(10));
    const before = await snapshot();
    const noName = await event(tksk, card.id, { status: "diserahkan", tanggal: today });
    expect(noName.statusCode).toBe(400);
    expect(noName.json()).toMatchObject({ fields: [{ field: "pemegangNama" }] });
    const toStaff = await event(tksk, card.id, {
      status: "diserahkan",
      pemegangJenis: "staf",
      pemegangUserId: tksk.userId,
      tanggal: today,
    });
    expect(toStaff.statusCode).toBe(400);
    expect(toStaff.json()).toMatchObject({ fields: [{ field: "pemegangJenis" }] });
    const ghost = await event(tksk, card.id, {
      pemegangJenis: "staf",
      pemegangUserId: randomUUID(),
      tanggal: today,
    });
    expect(ghost.statusCode).toBe(400);
    expect(ghost.json()).toMatchObject({ fields: [{ field: "pemegangUserId" }] });
    const early = await event(tksk, card.id, {
      status: "diserahkan",
      pemegangNama: "Sumarni",
      tanggal: daysAgo(11),
    });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ fields: [{ field: "tanggal" }] });
    expect((early.json() as { fields: { message: string }[] }).fields[0]?.message).toContain(daysAgo(10));
    const future = await event(tksk, card.id, {
      status: "diserahkan",
      pemegangNama: "Sumarni",
      tanggal: "2999-01-01",
    });
    expect(future.statusCode).toBe(400);
    expect(await snapshot()).toEqual(before);
    // In English too.
    tksk.language = "en";
    const english = await event(tksk, card.id, { status: "ditarik", tanggal: today });
    tksk.language = "id";
    expect(english.statusCode).toBe(409);
    expect((english.json() as { fields: { message: string }[] }).fields[0]?.message).toContain(
      'The card is "printed"',
    );
  });

  it("stores a retried event once and refuses the key reused for another event", async () => {
    const card = await insertCard(t, family, DESA, "diserahkan", { jenis: "keluarga", nama: "Sumarni" });
    const key = randomUUID();
    const body = { status: "diblokir", tanggal: today, catatan: "PIN salah tiga kali" };
    const before = await snapshot();
    const first = await event(tksk, card.id, body, key);
    expect(first.statusCode).toBe(201);
    expect(first.headers["idempotent-replayed"]).toBe("false");
    const retry = await event(tksk, card.id, body, key);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect((retry.json() as TCardBody).status).toBe("diblokir");
    expect(await snapshot()).toEqual({ ...before, events: before.events + 1, audits: before.audits + 1 });
    const reused = await event(tksk, card.id, { status: "ditarik", tanggal: today }, key);
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: "CONFLICT", fields: [{ field: "headers.idempotency-key" }] });
    const noKey = await tksk.post(`/api/cards/${card.id}/events`, body);
    expect(noKey.statusCode).toBe(400);
    expect(await snapshot()).toEqual({ ...before, events: before.events + 1, audits: before.audits + 1 });
  });

  it("answers 404 outside the scope, like a missing card, and audits the attempt", async () => {
    const card = await insertCard(t, outside, OUTSIDE_DESA, "diserahkan", {
      jenis: "keluarga",
      nama: "Paidi",
    });
    const before = await snapshot();
    const deniedBefore = await denied();
    expect((await tksk.get(`/api/cards/${card.id}`)).statusCode).toBe(404);
    expect((await event(tksk, card.id, { status: "hilang", tanggal: today })).statusCode).toBe(404);
    expect((await tksk.get(`/api/cards/${randomUUID()}`)).statusCode).toBe(404);
    expect((await tksk.get("/api/cards/not-a-uuid")).statusCode).toBe(404);
    expect(await denied()).toBe(deniedBefore + 2);
    expect(await snapshot()).toEqual(before);
    const list = (await tksk.get("/api/cards?limit=200")).json() as { items: { id: string }[] };
    expect(list.items.map((i) => i.id)).not.toContain(card.id);
    const theirs = (await otherTksk.get("/api/cards?limit=200")).json() as { items: { id: string }[] };
    expect(theirs.items.map((i) => i.id)).toContain(card.id);
    expect((await otherTksk.get(`/api/cards?familyId=${family.id}`)).statusCode).toBe(404);
  });

  it("pages a family's cards newest first and filters by status", async () => {
    const pageFamily = await makeAidFamily(t, DESA, "0103", { nama: "Keluarga Halaman" });
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      made.push(
        (
          await insertCard(t, pageFamily, DESA, i === 0 ? "hilang" : "diserahkan", {
            jenis: "keluarga",
            nama: "X",
          })
        ).id,
      );
    }
    const first = (await tksk.get(`/api/cards?familyId=${pageFamily.id}&limit=2`)).json() as {
      items: { id: string }[];
      nextCursor: string | null;
    };
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = (
      await tksk.get(`/api/cards?familyId=${pageFamily.id}&limit=2&cursor=${first.nextCursor}`)
    ).json() as {
      items: { id: string }[];
      nextCursor: string | null;
    };
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((i) => i.id).sort()).toEqual([...made].sort());
    const lost = (await tksk.get(`/api/cards?familyId=${pageFamily.id}&status=hilang`)).json() as {
      items: { id: string }[];
    };
    expect(lost.items.map((i) => i.id)).toEqual([made[0]]);
  });

  it("keeps a card's history append-only for the app role", async () => {
    await expect(t.database.db.execute(sql`UPDATE kartu_kks_event SET status = 'hilang'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`DELETE FROM kartu_kks_event`)).rejects.toThrow();
    expect(await count(sql`SELECT count(*)::int AS n FROM kartu_kks_event`)).toBeGreaterThan(0);
  });
});
