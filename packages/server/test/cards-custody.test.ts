import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { cardCustodyPeriodsSql, cardHolderAtSql } from "../src/cards/card-holder-at-sql.ts";
import { registerCardsFromPaymentList } from "../src/cards/register-cards-from-payment-list.ts";
import { queryRows } from "../src/db/database.ts";
import { makeAidFamily, type TAidFamily } from "./aid-fixture.ts";
import { daysAgo, insertCard, nextNoKks } from "./cards-fixture.ts";
import { dbTargets } from "./db-targets.ts";
import { DESA, OUTSIDE_DESA, OWN_KEC } from "./regions.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

const today = daysAgo(0);

interface TFlagBody {
  batasHariStaf: number;
  items: {
    why: string;
    hari: number;
    sejak: string;
    card: { id: string; noKks: string; kepala: string; pemegang: { nama: string; role: string } };
  }[];
}

describe.each(dbTargets)("KKS card custody and flags on $name", (target) => {
  const t = testAppForSuite(target);
  let dinsos: TestClient;
  let tksk: TestClient & { userId: string };
  let operator: { id: string; username: string };
  let family: TAidFamily;
  let outside: TAidFamily;

  beforeAll(async () => {
    dinsos = await t.clientAs("dinsos", ["35.17"]);
    tksk = await t.clientAs("tksk", [OWN_KEC]);
    // Staff who is not a companion: flagged only after the set number of days.
    operator = await t.makeUser("operator_desa", [DESA]);
    family = await makeAidFamily(t, DESA, "0201", { nama: "Suparti Pemilik" });
    outside = await makeAidFamily(t, OUTSIDE_DESA, "0202", { nama: "Karsiman Luar" });
  });

  const flags = async (client: TestClient) => (await client.get("/api/cards/flags")).json() as TFlagBody;
  const flagged = async (client: TestClient, id: string) =>
    (await flags(client)).items.find((item) => item.card.id === id);
  const event = (client: TestClient, id: string, body: unknown) =>
    client.post(`/api/cards/${id}/events`, body, { "idempotency-key": randomUUID() });

  it("flags a card the moment a companion takes it, and clears the flag when the family gets it", async () => {
    const created = await dinsos.post("/api/cards", {
      familyId: family.id,
      noKks: nextNoKks(),
      bank: "BNI",
      tanggal: daysAgo(3),
    });
    const card = created.json() as { id: string; noKks: string };
    expect(await flagged(dinsos, card.id)).toBeUndefined();
    const taken = await event(tksk, card.id, {
      pemegangJenis: "staf",
      pemegangUserId: tksk.userId,
      tanggal: today,
    });
    expect(taken.statusCode, taken.body).toBe(201);
    const held = taken.json() as { status: string; pemegang: { jenis: string; nama: string }; flag: string };
    expect(held).toMatchObject({ status: "dicetak", pemegang: { jenis: "staf" }, flag: "pendamping" });
    // The name comes from the account.
    expect(held.pemegang.nama).toMatch(/^Uji tksk-/);
    const flag = await flagged(dinsos, card.id);
    expect(flag).toMatchObject({ why: "pendamping", hari: 0, sejak: today });
    expect(flag?.card.noKks).toContain("•");
    expect(flag?.card.kepala).toBe("Suparti Pemilik");
    expect(flag?.card.pemegang.role).toBe("tksk");
    const listed = (await dinsos.get("/api/cards?flagged=true")).json() as { items: { id: string }[] };
    expect(listed.items.map((i) => i.id)).toContain(card.id);

    const handed = await event(tksk, card.id, {
      status: "diserahkan",
      pemegangNama: "Suparti",
      tanggal: today,
    });
    expect(handed.statusCode, handed.body).toBe(201);
    expect(handed.json()).toMatchObject({
      status: "diserahkan",
      pemegang: { jenis: "keluarga", nama: "Suparti" },
    });
    expect(await flagged(dinsos, card.id)).toBeUndefined();
    const history = (await dinsos.get(`/api/cards/${card.id}`)).json() as {
      events: { status: string; pemegang: { jenis: string } }[];
    };
    expect(history.events.map((e) => `${e.status}/${e.pemegang.jenis}`)).toEqual([
      "dicetak/bank",
      "dicetak/staf",
      "diserahkan/keluarga",
    ]);
  });

  it("flags other staff only beyond the set number of days, which only Dinas Sosial or an admin may change", async () => {
    const longAgo = await insertCard(
      t,
      family,
      DESA,
      "diserahkan",
      { jenis: "keluarga", nama: "Suparti" },
      daysAgo(20),
    );
    const recent = await insertCard(
      t,
      family,
      DESA,
      "diserahkan",
      { jenis: "keluarga", nama: "Suparti" },
      daysAgo(20),
    );
    const toOperator = { pemegangJenis: "staf", pemegangUserId: operator.id };
    expect((await event(tksk, longAgo.id, { ...toOperator, tanggal: daysAgo(5) })).statusCode).toBe(201);
    expect((await event(tksk, recent.id, { ...toOperator, tanggal: daysAgo(2) })).statusCode).toBe(201);
    expect((await flags(dinsos)).batasHariStaf).toBe(3);
    expect(await flagged(dinsos, longAgo.id)).toMatchObject({
      why: "staf_terlalu_lama",
      hari: 5,
      sejak: daysAgo(5),
    });
    expect(await flagged(dinsos, recent.id)).toBeUndefined();

    const refused = await tksk.request("PUT", "/api/cards/settings", { batasHariStaf: 10 });
    expect(refused.statusCode).toBe(403);
    const bad = await dinsos.request("PUT", "/api/cards/settings", { batasHariStaf: -1 });
    expect(bad.statusCode).toBe(400);
    const set = await dinsos.request("PUT", "/api/cards/settings", { batasHariStaf: 10 });
    expect(set.statusCode).toBe(200);
    expect((await tksk.get("/api/cards/settings")).json()).toEqual({ batasHariStaf: 10 });
    expect(await flagged(dinsos, longAgo.id)).toBeUndefined();
    const [audit] = await queryRows<{ data: { before: number; after: number } }>(
      t.database.db,
      sql`SELECT data FROM audit_log WHERE action = 'card.settings' ORDER BY at DESC LIMIT 1`,
    );
    expect(audit?.data).toEqual({ before: 3, after: 10 });
    const zero = await dinsos.request("PUT", "/api/cards/settings", { batasHariStaf: 1 });
    expect(zero.statusCode).toBe(200);
    expect(await flagged(dinsos, recent.id)).toMatchObject({ why: "staf_terlalu_lama", hari: 2 });
    await dinsos.request("PUT", "/api/cards/settings", { batasHariStaf: 3 });
  });

  it("shows each office only the flags of its own area", async () => {
    const card = await insertCard(t, outside, OUTSIDE_DESA, "diserahkan", {
      jenis: "staf",
      userId: tksk.userId,
      nama: "X",
    });
    expect(await flagged(dinsos, card.id)).toMatchObject({ why: "pendamping" });
    expect(await flagged(tksk, card.id)).toBeUndefined();
  });

  it("offers the caller and the staff of its area in the hand-over picker", async () => {
    const stranger = await t.makeUser("tksk", ["35.17.17"]);
    const picker = (await tksk.get("/api/cards/staff")).json() as { items: { id: string; role: string }[] };
    expect(picker.items[0]?.id).toBe(tksk.userId);
    const ids = picker.items.map((i) => i.id);
    expect(ids).toContain(operator.id);
    expect(ids).not.toContain(stranger.id);
    const searched = (await tksk.get("/api/cards/staff?q=operator")).json() as { items: { id: string }[] };
    expect(searched.items.map((i) => i.id)).toEqual([operator.id]);
  });

  it("registers the cards of a payment list that are not known yet, once", async () => {
    const listed = await makeAidFamily(t, DESA, "0203", { nama: "Tumini Daftar" });
    const known = await insertCard(t, family, DESA, "diblokir", { jenis: "keluarga", nama: "Suparti" });
    const newCard = nextNoKks();
    await t.database.db.execute(
      sql`INSERT INTO periode_penyaluran (program_code, periode, mulai, selesai) VALUES ('SEMBAKO', '2025-03', '2025-03-05', '2025-03-31')`,
    );
    await t.database.db.execute(
      sql`INSERT INTO daftar_bayar (kab_code, program_code, periode, no_kk, desa_code, nik_pengurus, nominal, no_kks, bank)
          VALUES ('35.17', 'SEMBAKO', '2025-03', ${listed.noKk}, ${DESA}, ${listed.nik}, 200000, ${newCard}, 'BNI'),
                 ('35.17', 'SEMBAKO', '2025-03', ${family.noKk}, ${DESA}, ${family.nik}, 200000, ${known.noKks}, 'BNI')`,
    );
    const first = await t.database.db.transaction((tx) =>
      registerCardsFromPaymentList(tx, { program: "SEMBAKO", periode: "2025-03" }),
    );
    expect(first).toEqual({ registered: 1 });
    const [row] = await queryRows<{
      status: string;
      pemegang_jenis: string;
      pemegang_nama: string;
      sejak: string;
      events: number;
    }>(
      t.database.db,
      sql`SELECT k.status, k.pemegang_jenis, k.pemegang_nama,
                 to_char(k.pemegang_sejak AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS sejak,
                 (SELECT count(*)::int FROM kartu_kks_event e WHERE e.kab_code = k.kab_code AND e.no_kks = k.no_kks) AS events
          FROM kartu_kks k WHERE k.no_kks = ${newCard}`,
    );
    expect(row).toEqual({
      status: "diserahkan",
      pemegang_jenis: "keluarga",
      pemegang_nama: "Tumini Daftar",
      sejak: "2025-03-05",
      events: 1,
    });
    const [untouched] = await queryRows<{ status: string }>(
      t.database.db,
      sql`SELECT status FROM kartu_kks WHERE no_kks = ${known.noKks}`,
    );
    expect(untouched?.status).toBe("diblokir");
    const again = await t.database.db.transaction((tx) =>
      registerCardsFromPaymentList(tx, { program: "SEMBAKO", periode: "2025-03" }),
    );
    expect(again).toEqual({ registered: 0 });
    const audits = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'card.register_from_list'`,
    );
    expect(audits[0]?.n).toBe(1);
  });

  it("tells who held a card on any past day, one card at a time or for a whole set", async () => {
    const card = await insertCard(t, family, DESA, "dicetak", { jenis: "bank" }, daysAgo(20));
    const steps = [
      { status: "diserahkan", pemegangNama: "Suparti", tanggal: daysAgo(15) },
      { pemegangJenis: "staf", pemegangUserId: tksk.userId, tanggal: daysAgo(10) },
      { pemegangJenis: "keluarga", pemegangNama: "Suparti", tanggal: daysAgo(5) },
    ];
    for (const step of steps) expect((await event(tksk, card.id, step)).statusCode).toBe(201);
    const at = async (day: string) =>
      (
        await queryRows<{ pemegang_jenis: string | null; pemegang_user_id: string | null }>(
          t.database.db,
          sql`SELECT h.pemegang_jenis, h.pemegang_user_id FROM (SELECT ${card.noKks}::text AS no_kks) c
              LEFT JOIN LATERAL (${cardHolderAtSql({ kabCode: sql`'35.17'`, noKks: sql`c.no_kks`, on: sql`${day}::date` })}) h ON TRUE`,
        )
      )[0];
    const periods = async (day: string) =>
      queryRows<{ pemegang_jenis: string }>(
        t.database.db,
        sql`SELECT c.pemegang_jenis FROM (${cardCustodyPeriodsSql(sql`e.no_kks = ${card.noKks}`)}) c
            WHERE ${day}::date >= c.dari AND (c.sampai IS NULL OR ${day}::date < c.sampai)`,
      );
    const expected: [string, string | null][] = [
      [daysAgo(25), null],
      [daysAgo(18), "bank"],
      [daysAgo(12), "keluarga"],
      [daysAgo(8), "staf"],
      [daysAgo(10), "staf"],
      [daysAgo(5), "keluarga"],
      [today, "keluarga"],
    ];
    for (const [day, jenis] of expected) {
      expect((await at(day))?.pemegang_jenis ?? null, day).toBe(jenis);
      expect(
        (await periods(day)).map((p) => p.pemegang_jenis),
        day,
      ).toEqual(jenis ? [jenis] : []);
    }
    expect((await at(daysAgo(8)))?.pemegang_user_id).toBe(tksk.userId);
  });
});
