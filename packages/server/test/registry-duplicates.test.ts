import type { TDuplicatePair } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { detectDuplicates } from "../src/registry/duplicates/detect-duplicates.ts";
import type { TActor } from "../src/scope/actor.ts";
import { dbTargets } from "./db-targets.ts";
import { makeFamily } from "./factories/index.ts";
import { OWN_KEC as BANDARKEDUNGMULYO, OTHER_KEC as PLOSO } from "./regions.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

const MASKED = /^\d{4}•{8}\d{4}$/;

interface TPlanted {
  nik: string;
  familyId: string;
}

let serial = 0;

describe.each(dbTargets)("duplicate review on $name", (target) => {
  const t = testAppForSuite(target);
  let mojokertoDesa: string;
  // Province, Jombang and two kecamatan of Jombang: who sees which pair depends on both members.
  let province: TestClient & { userId: string };
  let jombang: TestClient & { userId: string };
  let tkskBandar: TestClient & { userId: string };
  let tkskPloso: TestClient & { userId: string };
  const m: Record<string, TPlanted> = {};

  /** A one-member family; `nik` reuses a number (the same person registered twice). */
  async function plant(
    key: string,
    spec: { desa: string; nama: string; lahir: string; nik?: string; status?: string },
  ): Promise<void> {
    serial += 1;
    const digits = spec.desa.slice(0, 8).replaceAll(".", "");
    const nik = spec.nik ?? `${digits}0101${String(serial).padStart(6, "0")}`;
    const noKk = `${digits}0202${String(serial).padStart(6, "0")}`;
    const { id } = await makeFamily(t.database.db, {
      desa: spec.desa,
      noKk,
      members: [{ nik, nama: spec.nama, jenisKelamin: "P", tanggalLahir: spec.lahir, status: spec.status }],
    });
    m[key] = { nik, familyId: id };
  }

  const storedPairs = () =>
    queryRows<{
      kab_code: string;
      id: string;
      kind: string;
      kab_a: string;
      nik_a: string;
      kab_b: string;
      nik_b: string;
      score: number;
      status: string;
      decided_by: string | null;
    }>(t.database.db, sql`SELECT * FROM duplicate_pair ORDER BY kind, nik_a`);
  const pairOf = async (x: string, y: string) => {
    const [a, b] = [m[x]?.nik, m[y]?.nik].sort();
    const found = (await storedPairs()).find((p) => p.nik_a === a && p.nik_b === b);
    if (!found) throw new Error(`no pair ${x}/${y}`);
    return found;
  };
  const scan = async (client: TestClient, body: Record<string, unknown>) => {
    const response = await client.post("/api/registry/duplicates/scan", body);
    expect(response.statusCode, response.body).toBe(202);
    const job = await client.finishedJob(response.json().jobId);
    expect(job.status).toBe("done");
    return job.result as { newPairs: number; nikSama: number; mirip: number };
  };
  const list = async (client: TestClient, query = "") => {
    const response = await client.get(`/api/registry/duplicates${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: TDuplicatePair[]; nextCursor: string | null };
  };
  const decide = (client: TestClient, id: string, body: unknown) =>
    client.post(`/api/registry/duplicates/${id}/decision`, body);
  const count = (query: SQL) => t.count(query);
  /** Everything a refused request must leave as it was. */
  const snapshot = async () => ({
    pairs: await storedPairs(),
    members: await queryRows(t.database.db, sql`SELECT kab_code, nik, status FROM anggota ORDER BY 1, 2`),
    events: await count(sql`SELECT count(*)::int AS n FROM registry_event`),
    audit: await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action <> 'access.denied'`),
    jobs: await count(sql`SELECT count(*)::int AS n FROM job`),
  });

  beforeAll(async () => {
    const [desa] = await queryRows<{ code: string }>(
      t.database.db,
      sql`SELECT code FROM wilayah WHERE code LIKE '35.16.%' AND level = 4 ORDER BY code LIMIT 1`,
    );
    mojokertoDesa = desa?.code ?? "";
    // A likely pair inside Bandarkedungmulyo: one letter apart, the same birth date, two families.
    await plant("aminah", { desa: `${BANDARKEDUNGMULYO}.2001`, nama: "Siti Aminah", lahir: "1985-04-12" });
    await plant("aminnah", { desa: `${BANDARKEDUNGMULYO}.2003`, nama: "Siti Aminnah", lahir: "1985-04-12" });
    // A likely pair across the border with Ploso, written in another case: pg_trgm ignores case.
    await plant("fauziUpper", {
      desa: `${BANDARKEDUNGMULYO}.2005`,
      nama: "ACHMAD FAUZI",
      lahir: "1970-07-01",
    });
    await plant("fauzi", { desa: `${PLOSO}.2002`, nama: "Ahmad Fauzi", lahir: "1970-07-01" });
    // One NIK active in Jombang and in Mojokerto.
    await plant("dewiJombang", {
      desa: `${BANDARKEDUNGMULYO}.2002`,
      nama: "Dewi Lestari",
      lahir: "1990-02-20",
    });
    await plant("dewiMojokerto", {
      desa: mojokertoDesa,
      nama: "Dewi Lestari",
      lahir: "1990-02-20",
      nik: m.dewiJombang?.nik,
    });
    // Not duplicates: other names on the same birth dates, the dead, a NIK whose other record moved away.
    await plant("bambang", {
      desa: `${BANDARKEDUNGMULYO}.2004`,
      nama: "Bambang Sutrisno",
      lahir: "1985-04-12",
    });
    await plant("sri", { desa: `${BANDARKEDUNGMULYO}.2006`, nama: "Sri Wahyuni", lahir: "1970-07-01" });
    await plant("aminahDead", {
      desa: `${BANDARKEDUNGMULYO}.2007`,
      nama: "Siti Aminah",
      lahir: "1985-04-12",
      status: "meninggal",
    });
    await plant("movedJombang", {
      desa: `${BANDARKEDUNGMULYO}.2008`,
      nama: "Eko Prasetyo",
      lahir: "1975-05-05",
    });
    await plant("movedMojokerto", {
      desa: mojokertoDesa,
      nama: "Eko Prasetyo",
      lahir: "1975-05-05",
      nik: m.movedJombang?.nik,
      status: "pindah",
    });
    province = await t.clientAs("dinsos", ["35"]);
    jombang = await t.clientAs("dinsos", ["35.17"]);
    tkskBandar = await t.clientAs("tksk", [BANDARKEDUNGMULYO]);
    tkskPloso = await t.clientAs("tksk", [PLOSO]);
  });

  it("detects by birth-year slices with the threshold it is given, inside the scope it is given", async () => {
    const within: TActor = {
      userId: "00000000-0000-0000-0000-000000000000",
      username: "uji",
      role: "tksk",
      scopes: [BANDARKEDUNGMULYO],
      permissions: [],
    };
    const options = { region: BANDARKEDUNGMULYO, within, chunkMembers: 1 };
    expect(await detectDuplicates(t.database.db, { ...options, nameSimilarity: 0.95 })).toEqual({
      nikSama: 0,
      mirip: 0,
    });
    // Siti Aminah / Siti Aminnah only: the Fauzi pair has a member outside this scope.
    expect(await detectDuplicates(t.database.db, { ...options, nameSimilarity: 0.6 })).toEqual({
      nikSama: 0,
      mirip: 1,
    });
    const pair = await pairOf("aminah", "aminnah");
    expect(pair.score).toBeCloseTo(0.7857, 3);
  });

  it("scans find exactly the planted pairs, stored once in key order, and a second scan adds nothing", async () => {
    // The Fauzi pair crosses Ploso's border: Ploso's TKSK cannot see one of them, so its scan skips it.
    expect(await scan(tkskPloso, {})).toMatchObject({ newPairs: 0 });
    expect(await scan(jombang, { wilayah: PLOSO })).toMatchObject({ newPairs: 1, mirip: 1, nikSama: 0 });
    expect(await scan(province, {})).toMatchObject({ newPairs: 1, mirip: 0, nikSama: 1 });
    expect(await scan(province, {})).toMatchObject({ newPairs: 0 });
    expect(await scan(jombang, { wilayah: "3517" })).toMatchObject({ newPairs: 0 });

    const pairs = await storedPairs();
    expect(pairs).toHaveLength(3);
    for (const p of pairs) {
      expect(`${p.kab_a}/${p.nik_a}` < `${p.kab_b}/${p.nik_b}`).toBe(true);
      expect(p.kab_code).toBe(p.kab_a);
      expect(p.status).toBe("terbuka");
    }
    const sameNik = await pairOf("dewiJombang", "dewiMojokerto");
    expect(sameNik).toMatchObject({ kind: "nik_sama", kab_a: "35.16", kab_b: "35.17", kab_code: "35.16" });
    expect(sameNik.score).toBe(1);
    const fauzi = await pairOf("fauziUpper", "fauzi");
    expect(fauzi).toMatchObject({ kind: "mirip", kab_a: "35.17", kab_b: "35.17" });
    expect(fauzi.score).toBeCloseTo(0.6667, 3);
  });

  it("refuses a scan outside the caller's area, of no region, with a bad body or without the permission", async () => {
    const psm = await t.clientAs("psm", [`${BANDARKEDUNGMULYO}.2001`]);
    const before = await snapshot();
    const outside = await tkskBandar.post("/api/registry/duplicates/scan", { wilayah: PLOSO });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().code).toBe("SCOPE_NOT_ALLOWED");
    expect(
      (await tkskBandar.post("/api/registry/duplicates/scan", { wilayah: "35.17.18.2999" })).statusCode,
    ).toBe(404);
    for (const body of [{ wilayah: "bukan-kode" }, { wilayah: 3517 }, { kabupaten: "35.17" }]) {
      const response = await tkskBandar.post("/api/registry/duplicates/scan", body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(response.json().code).toBe("VALIDATION");
    }
    const forbidden = await psm.post("/api/registry/duplicates/scan", {});
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);
  });

  it("lists open pairs whose two members are both in scope, numbers masked, a page at a time", async () => {
    const ids = { aminah: (await pairOf("aminah", "aminnah")).id };
    const all = await list(province);
    expect(all.items).toHaveLength(3);
    expect(all.items[0]).toMatchObject({ kind: "nik_sama", score: 1 });
    expect(JSON.stringify(all)).not.toMatch(/\d{16}/);
    const aminah = all.items.find((i) => i.id === ids.aminah);
    expect(aminah).toMatchObject({
      status: "terbuka",
      decidedAt: null,
      a: { nama: expect.stringMatching(/^Siti Amin/), tanggalLahir: "1985-04-12", status: "aktif" },
      b: { tanggalLahir: "1985-04-12" },
    });
    for (const item of all.items) {
      for (const side of [item.a, item.b]) {
        expect(side.nik).toMatch(MASKED);
        expect(side.noKk).toMatch(MASKED);
        expect(side.familyId).toMatch(/^[0-9a-f-]{36}$/);
        expect(side.desa.name).not.toBe("");
      }
    }
    const familyIds = all.items.flatMap((i) => [i.a.familyId, i.b.familyId]);
    expect(familyIds).toEqual(expect.arrayContaining([m.aminah?.familyId, m.dewiMojokerto?.familyId]));

    expect((await list(jombang)).items.map((i) => i.kind).sort()).toEqual(["mirip", "mirip"]);
    const bandar = (await list(tkskBandar)).items;
    expect(bandar).toHaveLength(1);
    expect(bandar[0]?.b.tanggalLahir).toBe("1985-04-12");
    expect((await list(tkskPloso)).items).toEqual([]);
    expect((await list(province, "?wilayah=35.16")).items.map((i) => i.kind)).toEqual(["nik_sama"]);

    // Keyset pages: one at a time, in the same order, each pair once.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(province, `?limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((i) => i.id));

    for (const query of [
      "?limit=0",
      "?limit=101",
      "?status=hapus",
      "?cursor=xyz",
      "?wilayah=abc",
      "?nik=1",
    ]) {
      const response = await province.get(`/api/registry/duplicates${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    }
  });

  it("refuses bad decisions with 400 and changes nothing", async () => {
    const pair = await pairOf("fauziUpper", "fauzi");
    const before = await snapshot();
    for (const body of [
      { decision: "hapus" },
      { decision: "gabung" },
      { decision: "gabung", keep: "c" },
      { decision: "tolak", keep: "a" },
      { decision: "tolak", note: "x".repeat(501) },
      { decision: "tolak", status: "digabung" },
      {},
    ]) {
      const response = await decide(jombang, pair.id, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    }
    const missingKeep = (await decide(jombang, pair.id, { decision: "gabung" })).json();
    expect(missingKeep.fields.map((f: { field: string }) => f.field)).toContain("keep");
    expect(await snapshot()).toEqual(before);
  });

  it("answers 404 for a pair outside the scope (audited) and for no pair, and changes nothing", async () => {
    const pair = await pairOf("aminah", "aminnah");
    const denied = sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'access.denied' AND entity_id = ${pair.id}`;
    const before = await snapshot();
    expect((await decide(tkskPloso, pair.id, { decision: "tolak" })).statusCode).toBe(404);
    expect(await count(denied)).toBe(1);
    // Jombang's office sees neither member of the Mojokerto pair's other side: the pair does not exist for it.
    expect(
      (await decide(jombang, (await pairOf("dewiJombang", "dewiMojokerto")).id, { decision: "tolak" }))
        .statusCode,
    ).toBe(404);
    expect(
      (await decide(jombang, "7d0c7a5e-0000-4000-8000-000000000000", { decision: "tolak" })).statusCode,
    ).toBe(404);
    expect((await decide(jombang, "bukan-id", { decision: "tolak" })).statusCode).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it("merges a pair: the other member becomes ganda with an event on its family, audited; twice is refused", async () => {
    const pair = await pairOf("aminah", "aminnah");
    const keepA = pair.nik_a === m.aminah?.nik ? "a" : "b";
    const response = await decide(tkskBandar, pair.id, {
      decision: "gabung",
      keep: keepA,
      note: "orang yang sama",
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id: pair.id, status: "digabung", note: "orang yang sama" });
    expect(response.json().decidedAt).not.toBeNull();

    const members = await queryRows<{ nik: string; status: string }>(
      t.database.db,
      sql`SELECT nik, status FROM anggota WHERE nik IN (${m.aminah?.nik}, ${m.aminnah?.nik})`,
    );
    expect(Object.fromEntries(members.map((x) => [x.nik, x.status]))).toEqual({
      [m.aminah?.nik ?? ""]: "aktif",
      [m.aminnah?.nik ?? ""]: "ganda",
    });
    const [stored] = await queryRows<{ status: string; decided_by: string; note: string }>(
      t.database.db,
      sql`SELECT status, decided_by, note FROM duplicate_pair WHERE id = ${pair.id}`,
    );
    expect(stored).toEqual({ status: "digabung", decided_by: tkskBandar.userId, note: "orang yang sama" });
    const [audit] = await queryRows<{ kab_code: string; actor_id: string; data: Record<string, unknown> }>(
      t.database.db,
      sql`SELECT kab_code, actor_id, data FROM audit_log WHERE action = 'registry.duplicate_decided' AND entity_id = ${pair.id}`,
    );
    expect(audit).toMatchObject({
      kab_code: "35.17",
      actor_id: tkskBandar.userId,
      data: { decision: "gabung" },
    });
    expect(JSON.stringify(audit?.data)).not.toMatch(/\d{16}/);

    // The removed member's family page shows the new status and why.
    const family = (await tkskBandar.get(`/api/registry/families/${m.aminnah?.familyId}`)).json();
    expect(family.members[0].status).toBe("ganda");
    expect(family.history[0]).toMatchObject({ kind: "ganda_digabung", nik: m.aminnah?.nik });
    expect(family.history[0].data).toMatchObject({ pairId: pair.id, keptNik: m.aminah?.nik });

    const before = await snapshot();
    const again = await decide(tkskBandar, pair.id, { decision: "tolak" });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("INVALID_TRANSITION");
    expect(again.json().detail).toMatch(/digabung/);
    expect((await decide(tkskBandar, pair.id, { decision: "gabung", keep: "a" })).statusCode).toBe(409);
    expect(await snapshot()).toEqual(before);
    expect((await list(tkskBandar)).items).toEqual([]);
    expect((await list(tkskBandar, "?status=digabung")).items.map((i) => i.id)).toEqual([pair.id]);
  });

  it("dismisses a pair: two people, nothing but the pair changes; a rescan does not reopen it", async () => {
    const pair = await pairOf("dewiJombang", "dewiMojokerto");
    const events = await count(sql`SELECT count(*)::int AS n FROM registry_event`);
    const response = await decide(province, pair.id, { decision: "tolak", note: "NIK ganda dari Dukcapil" });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      status: "ditolak",
      a: { status: "aktif" },
      b: { status: "aktif" },
    });
    expect(await count(sql`SELECT count(*)::int AS n FROM registry_event`)).toBe(events);
    expect(
      await count(
        sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'registry.duplicate_decided' AND entity_id = ${pair.id} AND kab_code = '35.16'`,
      ),
    ).toBe(1);
    expect((await decide(province, pair.id, { decision: "tolak" })).json().detail).toMatch(/ditolak/);

    expect(await scan(province, {})).toMatchObject({ newPairs: 0 });
    expect((await pairOf("dewiJombang", "dewiMojokerto")).status).toBe("ditolak");
    expect((await list(province)).items.map((i) => i.kind)).toEqual(["mirip"]);
  });

  it("does not merge a member who is no longer active, and says so", async () => {
    const pair = await pairOf("fauziUpper", "fauzi");
    await t.database.db.execute(sql`UPDATE anggota SET status = 'meninggal' WHERE nik = ${m.fauzi?.nik}`);
    const before = await snapshot();
    const response = await decide(jombang, pair.id, { decision: "gabung", keep: "a" });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("INVALID_TRANSITION");
    expect(response.json().detail).toMatch(/meninggal/);
    expect(await snapshot()).toEqual(before);
    expect((await decide(jombang, pair.id, { decision: "tolak" })).statusCode).toBe(200);
  });
});
