import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../src/auth/load-actor.ts";
import { recordChecklist } from "../src/monitoring/record-checklist.ts";
import { dbTargets } from "./db-targets.ts";
import { listOnPaymentList, makeAgent, makePeriod, makeTransaction } from "./factories/index.ts";
import { checklist } from "./monitoring-fixture.ts";
import { DESA as A1, DESA_2 as A2, OUTSIDE_DESA as B1 } from "./regions.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

const P = "2025-03";

interface TSummary {
  periode: string;
  items: {
    kecamatan: { code: string; name: string };
    agen: number;
    diperiksa: number;
    rataSkor: number | null;
    persenSesuai: Record<string, number | null>;
    tindakLanjutTerbuka: number;
  }[];
}

describe.each(dbTargets)("6T summary and supporting data on $name", (target) => {
  const t = testAppForSuite(target);
  let tksk: TestClient;
  let dinsos: TestClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    tksk = await t.clientAs("tksk", ["35.17.18"]);
    dinsos = await t.clientAs("dinsos", ["35.17"]);
    const db = t.database.db;
    await makePeriod(db, P);
    await makeAgent(db, { idAgen: "A1", desa: A1, nama: "e-Warong Satu" });
    await makeAgent(db, { idAgen: "A2", desa: A2, nama: "e-Warong Dua" });
    await makeAgent(db, { idAgen: "A3", desa: A2, nama: "e-Warong Tiga" });
    await makeAgent(db, { idAgen: "A4", desa: A2, nama: "e-Warong Tutup", aktif: false });
    await makeAgent(db, { idAgen: "B1", desa: B1, nama: "e-Warong Seberang" });
    // Checklists written the way the demo loader writes them: through recordChecklist in a transaction.
    const officer = await t.makeUser("dinsos", ["35.17"]);
    const actor = await loadActor(t.database.db, officer.id);
    if (!actor) throw new Error("no actor");
    const write = (body: ReturnType<typeof checklist>) =>
      t.database.db.transaction((tx) => recordChecklist(tx, actor, body));
    ids.a1 = (
      await write(checklist("A1", P, { harga: { temuan: "Di atas HET", tindakLanjut: "Teguran" } }))
    ).id;
    ids.a2 = (await write(checklist("A2", P))).id;
    ids.b1 = (
      await write(
        checklist("B1", P, {
          sasaran: { temuan: "Kartu dipegang ketua kelompok", tindakLanjut: "Kartu dikembalikan" },
          jumlah: { temuan: "Beras kurang 1 kg" },
          waktu: { temuan: "Sebelum jadwal", tindakLanjut: "Teguran" },
        }),
      )
    ).id;

    // The records of agent A1 in the period: one schedule day; card 1 injected on the 5th, card 2 on the 6th.
    await db.execute(sql`INSERT INTO jadwal_penyaluran (kab_code, program_code, periode, id_agen, desa_code, tanggal,
                                                      jam_mulai, jam_selesai, created_by)
                         VALUES ('35.17', 'SEMBAKO', ${P}, 'A1', ${A1}, '2025-03-10', '08:00', '12:00', ${officer.id})`);
    for (const [serial, terinjekPada] of [
      ["1", "2025-03-05"],
      ["2", "2025-03-06"],
    ] as const) {
      await listOnPaymentList(db, {
        periode: P,
        noKk: `351718010120000${serial}`,
        desa: A1,
        nikPengurus: `351718010180000${serial}`,
        noKks: `526422000000000${serial}`,
        injeksi: "terinjek",
        terinjekPada,
      });
    }
    const tx = (
      id: string,
      waktu: string,
      noKks: string,
      status: string,
      alasan: string | null,
      idAgen = "A1",
    ) =>
      makeTransaction(db, {
        id,
        waktu,
        periode: P,
        noKks,
        nominal: status === "berhasil" ? 200000 : 0,
        status,
        alasan,
        idAgen,
        desa: idAgen === "A1" ? A1 : A2,
      });
    // On the schedule day, after injection (10:00 in Jombang).
    await tx("T1", "2025-03-10T03:00:00Z", "5264220000000001", "berhasil", null);
    // 23:30 UTC on the 5th is already the 6th in Jombang: not before the injection of card 1.
    await tx("T1b", "2025-03-05T23:30:00Z", "5264220000000001", "berhasil", null);
    // Before card 2 was injected, and on no schedule day.
    await tx("T2", "2025-03-03T02:00:00Z", "5264220000000002", "berhasil", null);
    await tx("T3", "2025-03-10T04:00:00Z", "5264220000000009", "gagal", "Saldo nol");
    await tx("T4", "2025-03-10T04:05:00Z", "5264220000000008", "gagal", "Saldo nol");
    await tx("T5", "2025-03-10T04:10:00Z", "5264220000000007", "gagal", "Kartu terblokir");
    await tx("X1", "2025-03-01T02:00:00Z", "5264220000000003", "berhasil", null, "A2");
    await db.execute(sql`INSERT INTO transaksi_item (kab_code, id_transaksi, baris, komoditas, jumlah, satuan, harga_satuan, het)
                         VALUES ('35.17', 'T1', 1, 'beras', 10, 'kg', 14000, 13500),
                                ('35.17', 'T1', 2, 'telur_ayam', 1, 'kg', 25000, 27000),
                                ('35.17', 'T1', 3, 'minyak', 1, 'liter', 20000, NULL),
                                ('35.17', 'X1', 1, 'beras', 10, 'kg', 15000, 13500)`);
  });

  it("sums each kecamatan of the scope: agents, checked, average score, % met per aspect, open follow-ups", async () => {
    const mine = (await tksk.get(`/api/monitoring/summary?program=SEMBAKO&periode=${P}`)).json() as TSummary;
    expect(mine.items).toEqual([
      {
        kecamatan: { code: "35.17.18", name: expect.any(String) },
        agen: 3,
        diperiksa: 2,
        rataSkor: 5.5,
        persenSesuai: { sasaran: 100, jumlah: 100, harga: 50, mutu: 100, waktu: 100, administrasi: 100 },
        tindakLanjutTerbuka: 1,
      },
    ]);
    const all = (await dinsos.get("/api/monitoring/summary")).json() as TSummary;
    // The latest period is the default.
    expect(all.periode).toBe(P);
    expect(
      all.items.map((i) => [i.kecamatan.code, i.agen, i.diperiksa, i.rataSkor, i.tindakLanjutTerbuka]),
    ).toEqual([
      ["35.17.17", 1, 1, 3, 2],
      ["35.17.18", 3, 2, 5.5, 1],
    ]);
    expect(all.items[0]?.persenSesuai).toEqual({
      sasaran: 0,
      jumlah: 0,
      harga: 100,
      mutu: 100,
      waktu: 0,
      administrasi: 100,
    });
    // A period nobody checked: agents counted, nothing else.
    await makePeriod(t.database.db, "2025-04");
    const empty = (await tksk.get("/api/monitoring/summary?periode=2025-04")).json() as TSummary;
    expect(empty.items).toEqual([
      {
        kecamatan: { code: "35.17.18", name: expect.any(String) },
        agen: 3,
        diperiksa: 0,
        rataSkor: null,
        persenSesuai: {
          sasaran: null,
          jumlah: null,
          harga: null,
          mutu: null,
          waktu: null,
          administrasi: null,
        },
        tindakLanjutTerbuka: 0,
      },
    ]);
  });

  it("gives the checker hints from the agent's records of the period", async () => {
    const body = (await tksk.get(`/api/monitoring/${ids.a1}`)).json() as {
      pendukung: Record<string, unknown>;
    };
    expect(body.pendukung).toEqual({
      transaksi: { berhasil: 3, gagal: 3 },
      diAtasHet: {
        jumlah: 1,
        contoh: [
          {
            idTransaksi: "T1",
            tanggal: "2025-03-10",
            komoditas: "beras",
            satuan: "kg",
            hargaSatuan: 14000,
            het: 13500,
          },
        ],
      },
      sebelumInjeksi: {
        jumlah: 1,
        contoh: [{ idTransaksi: "T2", tanggal: "2025-03-03", terinjek: "2025-03-06" }],
      },
      jadwal: {
        hari: ["2025-03-10"],
        luarJadwal: 2,
        contoh: [
          { idTransaksi: "T2", tanggal: "2025-03-03" },
          { idTransaksi: "T1b", tanggal: "2025-03-06" },
        ],
      },
      gagalPerAlasan: [
        { alasan: "Saldo nol", jumlah: 2 },
        { alasan: "Kartu terblokir", jumlah: 1 },
      ],
    });
    // An agent with a transaction but no schedule, and one with no records at all.
    const a2 = (await tksk.get(`/api/monitoring/${ids.a2}`)).json() as { pendukung: Record<string, unknown> };
    expect(a2.pendukung).toEqual({
      transaksi: { berhasil: 1, gagal: 0 },
      diAtasHet: {
        jumlah: 1,
        contoh: [
          {
            idTransaksi: "X1",
            tanggal: "2025-03-01",
            komoditas: "beras",
            satuan: "kg",
            hargaSatuan: 15000,
            het: 13500,
          },
        ],
      },
      sebelumInjeksi: { jumlah: 0, contoh: [] },
      jadwal: { hari: [], luarJadwal: 0, contoh: [] },
      gagalPerAlasan: [],
    });
    const b1 = (await dinsos.get(`/api/monitoring/${ids.b1}`)).json() as {
      pendukung: { transaksi: unknown };
    };
    expect(b1.pendukung.transaksi).toEqual({ berhasil: 0, gagal: 0 });
  });
});
