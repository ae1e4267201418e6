import { anomalyKinds, maskNumber, type TAnomalyDetail, type TAnomalyPage } from "@kawal/core";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import {
  addCard,
  addCardEvent,
  addLifeEvent,
  addListedFamily,
  addTransaction,
  PERIODE,
  PROGRAM,
  type TListedFamily,
} from "./anomaly-fixture.ts";
import { dbTargets } from "./db-targets.ts";
import { makeAgent, makePeriod } from "./factories/index.ts";
import { OUTSIDE_DESA as OTHER_DESA, OTHER_KEC, OWN_KEC } from "./regions.ts";
import { type TTestApp, testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

const DESA = "35.17.18.2005";

/** One transaction of 50,000 per family at an agent, at the given times. */
async function swipe(
  t: TTestApp,
  families: TListedFamily[],
  agent: string,
  times: string[],
  prefix: string,
): Promise<void> {
  for (const [i, waktu] of times.entries()) {
    const family = families[i] as TListedFamily;
    await addTransaction(t.database.db, {
      id: `${prefix}-${i}`,
      waktu,
      noKks: family.noKks,
      nominal: 50_000,
      idAgen: agent,
      desa: DESA,
    });
  }
}

describe.each(dbTargets)("anomaly detection on $name", (target) => {
  const t = testAppForSuite(target);
  let dinsos: TestClient;
  let tksk: TestClient;
  let otherTksk: TestClient;
  let staf: { id: string; username: string };
  const fam: Record<string, TListedFamily> = {};

  beforeAll(async () => {
    const db = t.database.db;
    dinsos = await t.clientAs("dinsos", ["35.17"]);
    tksk = await t.clientAs("tksk", [OWN_KEC]);
    otherTksk = await t.clientAs("tksk", [OTHER_KEC]);
    staf = await t.makeUser("pendamping_pkh", [DESA]);
    await makePeriod(db, PERIODE);
    await makeAgent(db, { idAgen: "AG-1", desa: DESA, nama: "e-Warong Mawar" });
    await makeAgent(db, { idAgen: "AG-2", desa: DESA, nama: "e-Warong Melati" });
    await makeAgent(db, { idAgen: "AG-3", desa: OTHER_DESA, nama: "e-Warong Kenanga" });
    const tx = (id: string, waktu: string, family: { noKks: string }, nominal = 200_000, extra = {}) =>
      addTransaction(db, { id, waktu, noKks: family.noKks, nominal, idAgen: "AG-1", desa: DESA, ...extra });

    // Pengurus died on 5 March; the card was used on 8 March: found, three days after.
    fam.dead = await addListedFamily(db, DESA, "0001", { nama: "Sumiati Almarhumah", status: "meninggal" });
    await addLifeEvent(db, fam.dead, "kematian", "2025-03-05");
    await tx("T-DEAD", "2025-03-08T10:00:00+07:00", fam.dead);
    // Near misses: a transaction before the death, and one on the day of the death itself.
    fam.deadLater = await addListedFamily(db, DESA, "0002", { status: "meninggal" });
    await addLifeEvent(db, fam.deadLater, "kematian", "2025-03-10");
    await tx("T-BEFORE-DEATH", "2025-03-09T10:00:00+07:00", fam.deadLater, 100_000);
    await tx("T-DEATH-DAY", "2025-03-10T08:00:00+07:00", fam.deadLater, 100_000);

    // Pengurus moved on 1 March; a replacement card only the card register knows was used just after
    // midnight WIB on 3 March (still 2 March in UTC): two local days after the move.
    fam.moved = await addListedFamily(db, DESA, "0003", { status: "pindah" });
    await addLifeEvent(db, fam.moved, "pindah", "2025-03-01");
    const replacement = { noKks: "5264351718999977" };
    await addCard(db, fam.moved, replacement.noKks);
    await tx("T-MOVED", "2025-03-02T17:30:00Z", replacement);
    // Near miss: moved, but the event is dated after the transaction.
    fam.movedLater = await addListedFamily(db, DESA, "0004", { status: "pindah" });
    await addLifeEvent(db, fam.movedLater, "pindah", "2025-03-28");
    await tx("T-BEFORE-MOVE", "2025-03-27T10:00:00+07:00", fam.movedLater);

    // The card sat with a companion from 3 to 12 March: used on 5 March (found), and on 12 March after
    // it went back to the family that day and on 15 March (not found). Two halves: not paid twice.
    fam.custody = await addListedFamily(db, DESA, "0005");
    await addCardEvent(db, DESA, fam.custody.noKks, "2025-02-01", { jenis: "keluarga", nama: "Bu Sarni" });
    await addCardEvent(db, DESA, fam.custody.noKks, "2025-03-03", { jenis: "staf", userId: staf.id });
    await addCardEvent(db, DESA, fam.custody.noKks, "2025-03-12", { jenis: "keluarga", nama: "Bu Sarni" });
    await tx("T-STAF", "2025-03-05T11:00:00+07:00", fam.custody, 50_000);
    await tx("T-RETURN-DAY", "2025-03-12T11:00:00+07:00", fam.custody, 50_000);
    await tx("T-BACK-HOME", "2025-03-15T11:00:00+07:00", fam.custody, 100_000);

    // Paid twice: the full amount on 2 and on 25 March.
    fam.twice = await addListedFamily(db, DESA, "0006");
    await tx("T-TWICE-1", "2025-03-02T09:00:00+07:00", fam.twice);
    await tx("T-TWICE-2", "2025-03-25T09:00:00+07:00", fam.twice);

    // One transaction above the listed amount (found); one of exactly the amount (not).
    fam.over = await addListedFamily(db, DESA, "0007");
    await tx("T-OVER", "2025-03-04T09:00:00+07:00", fam.over, 250_000);
    fam.exact = await addListedFamily(db, DESA, "0008");
    await tx("T-EXACT", "2025-03-04T09:05:00+07:00", fam.exact, 200_000);
    // Above the amount in the other kecamatan: only a caller whose scope covers it finds it.
    fam.overOther = await addListedFamily(db, OTHER_DESA, "0009");
    await addTransaction(db, {
      id: "T-OVER-OTHER",
      waktu: "2025-03-04T09:00:00+07:00",
      noKks: fam.overOther.noKks,
      nominal: 300_000,
      idAgen: "AG-3",
      desa: OTHER_DESA,
    });

    // A card nobody knows (found); a card only the register knows (not); a failed try on an unknown card (not).
    await tx("T-UNKNOWN", "2025-03-06T09:00:00+07:00", { noKks: "5264000000000001" }, 150_000);
    fam.unlisted = await addListedFamily(db, DESA, "0010", { listed: false });
    await addCard(db, fam.unlisted, fam.unlisted.noKks);
    await tx("T-REGISTER-ONLY", "2025-03-06T09:10:00+07:00", fam.unlisted, 150_000);
    await tx("T-UNKNOWN-FAILED", "2025-03-06T09:20:00+07:00", { noKks: "5264000000000002" }, 150_000, {
      status: "gagal",
    });

    // Eight different cards at AG-2 within exactly ten minutes (found, once); at AG-1 seven cards in
    // ten minutes with a repeat of the first card just before them (eight swipes, seven cards), and the
    // eighth card a second too late (not).
    const burst: TListedFamily[] = [];
    for (let i = 0; i < 8; i++) burst.push(await addListedFamily(db, DESA, `01${i}0`));
    const at = (hhmmss: string) => `2025-03-20T${hhmmss}+07:00`;
    await swipe(
      t,
      burst,
      "AG-2",
      ["09:00:00", "09:01:00", "09:02:00", "09:03:00", "09:04:00", "09:05:00", "09:06:00", "09:10:00"].map(
        at,
      ),
      "T-BURST",
    );
    const slow: TListedFamily[] = [];
    for (let i = 0; i < 8; i++) slow.push(await addListedFamily(db, DESA, `02${i}0`));
    await swipe(
      t,
      slow,
      "AG-1",
      ["09:00:00", "09:01:00", "09:02:00", "09:03:00", "09:04:00", "09:05:00", "09:06:00", "09:10:01"].map(
        (h) => `2025-03-21T${h}+07:00`,
      ),
      "T-SLOW",
    );
    await tx("T-SLOW-REPEAT", "2025-03-21T08:59:30+07:00", slow[0] as TListedFamily, 50_000);
  });

  const detect = (client: TestClient, body: Record<string, unknown> = {}) =>
    client.post("/api/anomalies/detect", { program: PROGRAM, periode: PERIODE, ...body });
  const list = async (client: TestClient, query = "") =>
    (await client.get(`/api/anomalies?limit=200${query}`)).json() as TAnomalyPage;
  const kunciOf = async (jenis: string) =>
    (
      await queryRows<{ kunci: string }>(
        t.database.db,
        sql`SELECT kunci FROM anomali WHERE jenis = ${jenis} ORDER BY kunci`,
      )
    ).map((r) => r.kunci);

  it("finds each kind in the caller's scope only, and nothing of the near misses", async () => {
    const response = await detect(tksk);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      counts: {
        pengurus_meninggal: 1,
        pengurus_pindah: 1,
        kartu_di_staf: 1,
        banyak_kartu_satu_agen: 1,
        dibayar_dua_kali: 1,
        melebihi_nominal: 1,
        kartu_tak_dikenal: 1,
      },
      total: 7,
    });
    expect(await kunciOf("pengurus_meninggal")).toEqual(["T-DEAD"]);
    expect(await kunciOf("pengurus_pindah")).toEqual(["T-MOVED"]);
    expect(await kunciOf("kartu_di_staf")).toEqual(["T-STAF"]);
    expect(await kunciOf("banyak_kartu_satu_agen")).toEqual(["AG-2@2025-03-20T02:00:00Z"]);
    expect(await kunciOf("dibayar_dua_kali")).toEqual([`${PROGRAM}:${PERIODE}:${fam.twice?.noKk}`]);
    expect(await kunciOf("melebihi_nominal")).toEqual(["T-OVER"]);
    expect(await kunciOf("kartu_tak_dikenal")).toEqual([`${PROGRAM}:${PERIODE}:5264000000000001`]);
    // The other kecamatan's TKSK sees none of it.
    expect((await list(otherTksk)).items).toEqual([]);
  });

  it("lists a finding once however often detection runs; a wider scope adds only what is new", async () => {
    const wider = await detect(dinsos);
    expect(wider.json().counts).toEqual({ ...zero(), melebihi_nominal: 1 });
    const again = await detect(dinsos);
    expect(again.json()).toEqual({ counts: zero(), total: 0 });
    const [count] = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM anomali`,
    );
    expect(count?.n).toBe(8);
    const other = await list(otherTksk);
    expect(other.items.map((i) => i.jenis)).toEqual(["melebihi_nominal"]);
    expect(other.items[0]?.desa.code).toBe(OTHER_DESA);
    const audits = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'anomaly.detect'`,
    );
    expect(audits[0]?.n).toBe(3);
  });

  it("lays out the evidence of each kind with numbers masked", async () => {
    const page = await list(tksk);
    expect(page.counts).toEqual({ ...zero(), ...Object.fromEntries(anomalyKinds.map((k) => [k, 1])) });
    const byKind = new Map(page.items.map((i) => [i.jenis, i]));
    const detail = async (jenis: string) =>
      (await tksk.get(`/api/anomalies/${byKind.get(jenis as never)?.id}`)).json() as TAnomalyDetail;

    const dead = await detail("pengurus_meninggal");
    expect(dead.bukti).toMatchObject({
      jenis: "pengurus_meninggal",
      tanggalPeristiwa: "2025-03-05",
      hariSetelah: 3,
      namaPengurus: "Sumiati Almarhumah",
      transaksi: { idTransaksi: "T-DEAD", waktu: "2025-03-08T03:00:00Z", nominal: 200_000, idAgen: "AG-1" },
    });
    expect(JSON.stringify(dead)).not.toContain(fam.dead?.nik);
    expect(JSON.stringify(dead)).not.toContain(fam.dead?.noKks);
    expect(dead.noKk).toBe(maskNumber(fam.dead?.noKk));
    const [family] = await queryRows<{ id: string }>(
      t.database.db,
      sql`SELECT id FROM keluarga WHERE no_kk = ${fam.dead?.noKk}`,
    );
    expect(dead.familyId).toBe(family?.id);
    expect(dead.agen).toEqual({ idAgen: "AG-1", nama: "e-Warong Mawar" });
    expect(dead.desa.code).toBe(DESA);

    const moved = await detail("pengurus_pindah");
    expect(moved.bukti).toMatchObject({ tanggalPeristiwa: "2025-03-01", hariSetelah: 2 });
    expect(moved.noKk).not.toBeNull();

    const custody = await detail("kartu_di_staf");
    expect(custody.bukti).toMatchObject({
      transaksi: { idTransaksi: "T-STAF" },
      pemegang: { userId: staf.id, nama: `Uji ${staf.username}`, sejak: "2025-03-03" },
    });

    const burst = await detail("banyak_kartu_satu_agen");
    expect(burst.bukti).toMatchObject({
      jumlahKartu: 8,
      mulai: "2025-03-20T02:00:00Z",
      selesai: "2025-03-20T02:10:00Z",
    });
    const burstTx = (burst.bukti as { transaksi: { noKks: string }[] }).transaksi;
    expect(burstTx).toHaveLength(8);
    expect(burstTx.every((x) => x.noKks.includes("•"))).toBe(true);
    expect(burst.agen?.nama).toBe("e-Warong Melati");

    const twice = await detail("dibayar_dua_kali");
    expect(twice.bukti).toMatchObject({ nominalDaftar: 200_000, jumlah: 2, total: 400_000 });

    const over = await detail("melebihi_nominal");
    expect(over.bukti).toMatchObject({ nominalDaftar: 200_000, transaksi: { nominal: 250_000 } });

    const unknown = await detail("kartu_tak_dikenal");
    expect(unknown.bukti).toMatchObject({ jumlah: 1, total: 150_000 });
    expect(unknown.familyId).toBeNull();
    expect(unknown.noKks).toBe("5264••••••••0001");
  });

  it("filters the list by kind, status and period, newest first, in pages", async () => {
    const burst = await list(tksk, "&jenis=banyak_kartu_satu_agen");
    expect(burst.items.map((i) => i.jenis)).toEqual(["banyak_kartu_satu_agen"]);
    expect((await list(tksk, "&status=selesai")).items).toEqual([]);
    expect((await list(tksk, "&periode=2025-04")).items).toEqual([]);
    const first = (await tksk.get("/api/anomalies?limit=4")).json() as TAnomalyPage;
    expect(first.items).toHaveLength(4);
    const second = (
      await tksk.get(`/api/anomalies?limit=4&cursor=${first.nextCursor}`)
    ).json() as TAnomalyPage;
    expect(second.items).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.items, ...second.items].map((i) => i.id);
    expect(new Set(ids).size).toBe(7);
  });

  it("refuses a period that does not exist and a region outside the scope (404, audited)", async () => {
    const noPeriod = await detect(tksk, { periode: "2024-01" });
    expect(noPeriod.statusCode).toBe(400);
    expect(noPeriod.json().fields[0].field).toBe("periode");
    const denied = () => t.auditCount("access.denied");
    const before = await denied();
    expect((await detect(tksk, { wilayah: OTHER_DESA })).statusCode).toBe(404);
    expect(await denied()).toBe(before + 1);
    const inside = await detect(tksk, { wilayah: DESA });
    expect(inside.json().total).toBe(0);
  });

  it("keeps an unknown card's finding in each programme it was used in that month", async () => {
    const db = t.database.db;
    // Whatever the fixture holds is listed first, so the counts below are this card's alone.
    await detect(tksk);
    await makePeriod(db, PERIODE, { program: "PKH" });
    const card = "5264000000000003";
    const tx = { noKks: card, nominal: 100_000, idAgen: "AG-1", desa: DESA };
    await addTransaction(db, { ...tx, id: "T-UNKNOWN-SEMBAKO", waktu: "2025-03-07T09:00:00+07:00" });
    await addTransaction(db, {
      ...tx,
      id: "T-UNKNOWN-PKH",
      waktu: "2025-03-07T10:00:00+07:00",
      program: "PKH",
    });

    expect((await detect(tksk)).json().counts).toEqual({ ...zero(), kartu_tak_dikenal: 1 });
    expect((await detect(tksk, { program: "PKH" })).json().counts).toEqual({
      ...zero(),
      kartu_tak_dikenal: 1,
    });

    const found = await queryRows<{
      program_code: string;
      kunci: string;
      bukti: { transaksi: { idTransaksi: string }[] };
    }>(
      db,
      sql`SELECT program_code, kunci, bukti FROM anomali
          WHERE jenis = 'kartu_tak_dikenal' AND no_kks = ${card} ORDER BY program_code`,
    );
    expect(found.map((f) => [f.program_code, f.kunci])).toEqual([
      ["PKH", `PKH:${PERIODE}:${card}`],
      [PROGRAM, `${PROGRAM}:${PERIODE}:${card}`],
    ]);
    expect(found.map((f) => f.bukti.transaksi.map((x) => x.idTransaksi))).toEqual([
      ["T-UNKNOWN-PKH"],
      ["T-UNKNOWN-SEMBAKO"],
    ]);
    // A second search of either programme lists neither again.
    expect((await detect(tksk, { program: "PKH" })).json().total).toBe(0);
    expect((await detect(tksk)).json().total).toBe(0);
  });

  it("finds what the kecamatan's families did at an agent of another kecamatan, and what others did at its agents", async () => {
    const db = t.database.db;
    await detect(tksk);
    await detect(otherTksk);
    // A family of the TKSK's desa paid above its amount at the other kecamatan's agent: the family's finding.
    const travelled = await addListedFamily(db, DESA, "0031");
    await addTransaction(db, {
      id: "T-OVER-AWAY",
      waktu: "2025-03-08T09:00:00+07:00",
      noKks: travelled.noKks,
      nominal: 260_000,
      idAgen: "AG-3",
      desa: OTHER_DESA,
    });
    // A card nobody knows used at the other kecamatan's agent: that agent's finding, not this TKSK's.
    await addTransaction(db, {
      id: "T-UNKNOWN-AWAY",
      waktu: "2025-03-08T10:00:00+07:00",
      noKks: "5264000000000004",
      nominal: 100_000,
      idAgen: "AG-3",
      desa: OTHER_DESA,
    });

    expect((await detect(tksk)).json().counts).toEqual({ ...zero(), melebihi_nominal: 1 });
    expect((await detect(otherTksk)).json().counts).toEqual({ ...zero(), kartu_tak_dikenal: 1 });
    const [over] = await queryRows<{ desa_code: string; id_agen: string }>(
      db,
      sql`SELECT desa_code, id_agen FROM anomali WHERE jenis = 'melebihi_nominal' AND no_kks = ${travelled.noKks}`,
    );
    expect(over).toEqual({ desa_code: DESA, id_agen: "AG-3" });
  });
});

function zero() {
  return Object.fromEntries(anomalyKinds.map((k) => [k, 0]));
}
