import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";
import {
  addTransaction,
  listFamily,
  makePeriods,
  PERIODE,
  PROGRAM,
  replaceCard,
  type TListedFamily,
  type TStoredRow,
} from "./reconcile-fixture.ts";
import {
  DESA,
  DESA_2 as OTHER_DESA_OWN_KEC,
  OTHER_KEC,
  OUTSIDE_DESA as OTHER_KEC_DESA,
  OWN_KEC,
} from "./regions.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

const UNLISTED_CARD = "5999000000000001";

/**
 * Reconciliation correctness on hand-built cases (issue 5, What it must show), through the API on a
 * fresh database: each family below is one case, and the stored rows are checked one by one.
 */
describe.each(dbTargets)("reconciliation on $name", (target) => {
  const t = testAppForSuite(target);
  let admin: TestClient;
  let tksk: TestClient & { userId: string };
  let otherTksk: TestClient;
  let psm: TestClient;
  type TCaseName =
    | "partial"
    | "twice"
    | "failedThenOk"
    | "replaced"
    | "notInjected"
    | "bankReason"
    | "fieldReason"
    | "over"
    | "neighbour"
    | "otherKec";
  const fam = {} as Record<TCaseName, TListedFamily>;

  const rows = async () => {
    const stored = await queryRows<TStoredRow>(
      t.database.db,
      sql`SELECT * FROM rekonsiliasi WHERE program_code = ${PROGRAM} AND periode = ${PERIODE} ORDER BY kunci`,
    );
    return new Map(stored.map((r) => [r.kunci, r]));
  };
  const rowOf = async (kunci: string) => {
    const row = (await rows()).get(kunci);
    if (!row) throw new Error(`no reconciliation row ${kunci}`);
    return row;
  };

  beforeAll(async () => {
    admin = await t.clientAs("admin", ["ID"]);
    tksk = await t.clientAs("tksk", [OWN_KEC]);
    otherTksk = await t.clientAs("tksk", [OTHER_KEC]);
    psm = await t.clientAs("psm", [DESA]);
    await makePeriods(t);
    fam.partial = await listFamily(t, DESA, "0001", "Sebagian Satu");
    fam.twice = await listFamily(t, DESA, "0002", "Dua Kali");
    fam.failedThenOk = await listFamily(t, DESA, "0003", "Gagal Lalu Berhasil");
    fam.replaced = await listFamily(t, DESA, "0004", "Kartu Diganti");
    fam.notInjected = await listFamily(t, DESA, "0005", "Belum Terinjek", { injeksi: "belum" });
    fam.bankReason = await listFamily(t, DESA, "0006", "Kartu Terblokir");
    fam.fieldReason = await listFamily(t, DESA, "0007", "Tidak Hadir");
    fam.over = await listFamily(t, DESA, "0008", "Lebih Bayar");
    fam.neighbour = await listFamily(t, OTHER_DESA_OWN_KEC, "0009", "Desa Sebelah");
    fam.otherKec = await listFamily(t, OTHER_KEC_DESA, "0010", "Kecamatan Lain");

    await addTransaction(t, fam.partial.noKks, DESA, 120_000, "berhasil", "2026-01-05T09:00:00+07:00");
    await addTransaction(t, fam.twice.noKks, DESA, 100_000, "berhasil", "2026-01-05T09:00:00+07:00");
    await addTransaction(t, fam.twice.noKks, DESA, 100_000, "berhasil", "2026-01-20T09:00:00+07:00");
    await addTransaction(t, fam.failedThenOk.noKks, DESA, 200_000, "gagal", "2026-01-05T09:00:00+07:00", {
      alasan: "saldo tidak cukup",
    });
    await addTransaction(t, fam.failedThenOk.noKks, DESA, 200_000, "berhasil", "2026-01-06T09:00:00+07:00");
    // The card is replaced mid-period: half spent on the old card, half on the new one.
    await replaceCard(t, fam.replaced, "5888000000000004");
    await addTransaction(t, fam.replaced.noKks, DESA, 100_000, "berhasil", "2026-01-05T09:00:00+07:00");
    await addTransaction(t, "5888000000000004", DESA, 100_000, "berhasil", "2026-01-25T09:00:00+07:00");
    await addTransaction(t, fam.bankReason.noKks, DESA, 200_000, "gagal", "2026-01-05T09:00:00+07:00", {
      alasan: "PIN salah",
    });
    await addTransaction(t, fam.bankReason.noKks, DESA, 200_000, "gagal", "2026-01-07T09:00:00+07:00", {
      alasan: "kartu terblokir",
    });
    await addTransaction(t, fam.fieldReason.noKks, DESA, 200_000, "gagal", "2026-01-05T09:00:00+07:00", {
      alasan: "saldo nol",
    });
    await addTransaction(t, fam.over.noKks, DESA, 250_000, "berhasil", "2026-01-05T09:00:00+07:00");
    // A transaction of another period and a failed one on an unknown card do not count.
    await addTransaction(t, fam.notInjected.noKks, DESA, 200_000, "berhasil", "2026-02-05T09:00:00+07:00", {
      periode: "2026-02",
    });
    await addTransaction(t, "5999000000000002", DESA, 50_000, "gagal", "2026-01-05T09:00:00+07:00");
    // A card no list knows, used twice at an agent of the desa.
    await addTransaction(t, UNLISTED_CARD, DESA, 100_000, "berhasil", "2026-01-08T09:00:00+07:00");
    await addTransaction(t, UNLISTED_CARD, DESA, 50_000, "berhasil", "2026-01-09T09:00:00+07:00");
    // The field reason: recorded by the companion before the run.
    await t.database.db.execute(
      sql`INSERT INTO alasan_belum (kab_code, program_code, periode, no_kk, desa_code, alasan, keterangan, dicatat_pada,
                                    recorded_by, idempotency_key)
          VALUES ('35.17', ${PROGRAM}, ${PERIODE}, ${fam.fieldReason.noKk}, ${DESA}, 'tidak_hadir', 'merantau ke Surabaya',
                  '2026-01-10T10:00:00+07:00', ${tksk.userId}, 'kunci-uji-1')`,
    );
  });

  it("classes every listed family and each unlisted card, with amounts, counts and reasons", async () => {
    const response = await admin.post("/api/distribution/reconcile", { periode: PERIODE });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      program: PROGRAM,
      periode: PERIODE,
      wilayah: null,
      listed: 10,
      tersalur: 4,
      sebagian: 1,
      belum: 5,
      tidakTerdaftar: 1,
      nominalDaftar: 2_000_000,
      nominalRealisasi: 120_000 + 200_000 + 200_000 + 200_000 + 250_000,
    });
    const partial = await rowOf(fam.partial.noKk);
    expect(partial).toMatchObject({ kelas: "sebagian", jumlah_transaksi: 1, alasan: null, desa_code: DESA });
    expect(Number(partial.nominal_realisasi)).toBe(120_000);
    expect(Number(partial.nominal_daftar)).toBe(200_000);

    const twice = await rowOf(fam.twice.noKk);
    expect(twice).toMatchObject({ kelas: "tersalur", jumlah_transaksi: 2 });
    expect(Number(twice.nominal_realisasi)).toBe(200_000);
    expect(new Date(twice.transaksi_terakhir ?? 0).toISOString()).toBe("2026-01-20T02:00:00.000Z");

    // A failed try then a success: received in full, and no reason is shown for it.
    expect(await rowOf(fam.failedThenOk.noKk)).toMatchObject({
      kelas: "tersalur",
      jumlah_transaksi: 1,
      alasan: null,
    });

    const replaced = await rowOf(fam.replaced.noKk);
    expect(replaced).toMatchObject({ kelas: "tersalur", jumlah_transaksi: 2, no_kk: fam.replaced.noKk });
    expect(Number(replaced.nominal_realisasi)).toBe(200_000);
    // Spent on the family's new card, so not an unlisted card.
    expect((await rows()).has("kks:5888000000000004")).toBe(false);

    expect(await rowOf(fam.notInjected.noKk)).toMatchObject({ kelas: "belum", alasan: "tidak_terinjek" });
    // The bank's latest failure reason.
    expect(await rowOf(fam.bankReason.noKk)).toMatchObject({ kelas: "belum", alasan: "kartu terblokir" });
    // The field reason wins over the bank's.
    expect(await rowOf(fam.fieldReason.noKk)).toMatchObject({
      kelas: "belum",
      alasan: "tidak_hadir",
      keterangan: "merantau ke Surabaya",
    });
    expect(await rowOf(fam.over.noKk)).toMatchObject({ kelas: "tersalur" });
    expect(await rowOf(fam.neighbour.noKk)).toMatchObject({
      kelas: "belum",
      alasan: null,
      desa_code: OTHER_DESA_OWN_KEC,
    });

    const unlisted = await rowOf(`kks:${UNLISTED_CARD}`);
    expect(unlisted).toMatchObject({
      kelas: "tidak_terdaftar",
      no_kk: null,
      desa_code: DESA,
      jumlah_transaksi: 2,
    });
    expect(Number(unlisted.nominal_realisasi)).toBe(150_000);
    expect(Number(unlisted.nominal_daftar)).toBe(0);
    // The failed try on an unknown card is no distribution.
    expect((await rows()).has("kks:5999000000000002")).toBe(false);
    expect((await rows()).size).toBe(11);

    const audits = await queryRows<{ wilayah_code: string; data: Record<string, unknown> }>(
      t.database.db,
      sql`SELECT wilayah_code, data FROM audit_log WHERE action = 'distribution.reconcile' ORDER BY seq`,
    );
    expect(audits).toHaveLength(1);
    expect(audits[0]?.wilayah_code).toBe("35.17");
    expect(audits[0]?.data).toMatchObject({ tersalur: 4, sebagian: 1, belum: 5, tidakTerdaftar: 1 });
  });

  it("gives the same result when run again", async () => {
    const before = await rows();
    const response = await admin.post("/api/distribution/reconcile", {
      periode: PERIODE,
      program: "sembako",
    });
    expect(response.statusCode).toBe(200);
    const after = await rows();
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [kunci, row] of after) {
      const { computed_at: _a, ...rest } = row;
      const { computed_at: _b, ...was } = before.get(kunci) as TStoredRow;
      expect(rest, kunci).toEqual(was);
    }
  });

  it("leaves other kecamatan's rows alone when a TKSK reconciles its own", async () => {
    const otherBefore = await rowOf(fam.otherKec.noKk);
    expect(otherBefore.kelas).toBe("belum");
    // New transactions in both kecamatan after the first run.
    await addTransaction(
      t,
      fam.otherKec.noKks,
      OTHER_KEC_DESA,
      200_000,
      "berhasil",
      "2026-01-26T09:00:00+07:00",
    );
    await addTransaction(
      t,
      fam.neighbour.noKks,
      OTHER_DESA_OWN_KEC,
      200_000,
      "berhasil",
      "2026-01-26T09:00:00+07:00",
    );
    const response = await tksk.post("/api/distribution/reconcile", { periode: PERIODE });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      listed: 9,
      tersalur: 5,
      sebagian: 1,
      belum: 3,
      tidakTerdaftar: 1,
    });
    expect(await rowOf(fam.neighbour.noKk)).toMatchObject({ kelas: "tersalur" });
    const otherAfter = await rowOf(fam.otherKec.noKk);
    expect(otherAfter.kelas).toBe("belum");
    expect(new Date(otherAfter.computed_at).getTime()).toBe(new Date(otherBefore.computed_at).getTime());

    // A region of the scope narrows it further; outside the scope it is unknown (404, audited).
    const desaOnly = await tksk.post("/api/distribution/reconcile", { periode: PERIODE, wilayah: DESA });
    expect(desaOnly.json()).toMatchObject({ wilayah: DESA, listed: 8 });
    const denied = () => t.auditCount("access.denied");
    const before = await denied();
    const outside = await tksk.post("/api/distribution/reconcile", {
      periode: PERIODE,
      wilayah: OTHER_KEC_DESA,
    });
    expect(outside.statusCode).toBe(404);
    expect(await denied()).toBe(before + 1);
    expect((await rowOf(fam.otherKec.noKk)).kelas).toBe("belum");

    const other = await otherTksk.post("/api/distribution/reconcile", { periode: PERIODE });
    expect(other.json()).toMatchObject({ listed: 1, tersalur: 1 });
    expect(await rowOf(fam.otherKec.noKk)).toMatchObject({ kelas: "tersalur" });
  });

  it("refuses a period that does not exist, a malformed one, and roles without the permission", async () => {
    const missing = await admin.post("/api/distribution/reconcile", { periode: "2025-07" });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain("periode");
    const malformed = await admin.post("/api/distribution/reconcile", { periode: "2026-13" });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).toContain("periode");
    const forbidden = await psm.post("/api/distribution/reconcile", { periode: PERIODE });
    expect(forbidden.statusCode).toBe(403);
  });
});
