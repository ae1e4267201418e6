import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TLanguage } from "@kawal/core";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { importTransaksi } from "../src/distribution/transactions/import-transaksi.ts";
import { dbTargets } from "./db-targets.ts";
import { csvFile, importAppForSuite, readRecords } from "./import-test-kit.ts";
import { agents, ITEM_HEADER, seedDistribution, TRANSAKSI_HEADER } from "./transactions-fixture.ts";

const records = readRecords;

describe.each(dbTargets)("transaksi import on $name", (target) => {
  const { t, actor, dir } = importAppForSuite(target, "kawal-transaksi-");
  const file = (header: string, rows: string[]) => csvFile(dir, header, rows);
  const run = (path: string, options: { itemPath?: string; partial?: boolean; language?: TLanguage } = {}) =>
    importTransaksi(t.database, actor, {
      path,
      itemPath: options.itemPath,
      partial: options.partial ?? false,
      language: options.language ?? "id",
      rejectedPath: `${path}.ditolak.csv`,
    });

  /** Everything an import may change. */
  const snapshot = async () =>
    (
      await queryRows<{ transaksi: string | null; items: string | null }>(
        t.database.db,
        sql`SELECT (SELECT md5(string_agg(x::text, '|' ORDER BY x.kab_code, x.id_transaksi)) FROM transaksi x) AS transaksi,
                   (SELECT md5(string_agg(i::text, '|' ORDER BY i.kab_code, i.id_transaksi, i.baris)) FROM transaksi_item i) AS items`,
      )
    )[0];
  const stored = async (id: string) =>
    (
      await queryRows<{
        waktu: string;
        desa_code: string;
        sumber: string;
        job_id: string;
        nominal: string;
        no_kks: string;
      }>(
        t.database.db,
        sql`SELECT to_char(waktu AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') AS waktu, desa_code, sumber,
                   job_id::text AS job_id, nominal::text AS nominal, no_kks
            FROM transaksi WHERE id_transaksi = ${id}`,
      )
    )[0];
  const itemsOf = async (id: string) =>
    queryRows<{
      komoditas: string;
      satuan: string;
      jumlah: string;
      harga_satuan: string;
      het: string | null;
    }>(
      t.database.db,
      sql`SELECT komoditas, satuan, trim_scale(jumlah)::text AS jumlah, harga_satuan::text AS harga_satuan,
                 het::text AS het
          FROM transaksi_item WHERE id_transaksi = ${id} ORDER BY baris`,
    );

  beforeAll(async () => {
    await seedDistribution(t.database.db);
  });

  it("imports a good file with goods lines priced against the HET, and importing it again changes nothing", async () => {
    const path = file(TRANSAKSI_HEADER, [
      `2024-07-05T09:30:00+07:00,2024-07,SEMBAKO,6019000000000001,200.000,berhasil,,${agents.a.idAgen},T-001`,
      // Local time without an offset is Jakarta time.
      `2024-07-06 10:15,2024-07,sembako,6019000000000002,Rp200.000,berhasil,,${agents.b.idAgen},T-002`,
      `2024-07-06T03:00:00Z,2024-07,SEMBAKO,6019000000000003,0,gagal,saldo tidak cukup,${agents.a.idAgen},T-003`,
      // A card no list knows is what the bank recorded: it is kept.
      `2024-07-07T08:00:00+07:00,2024-07,SEMBAKO,6019999999999999,150000,berhasil,,${agents.a.idAgen},T-004`,
    ]);
    const itemPath = file(ITEM_HEADER, [
      "T-001,Beras,10,kg,13.000", // above the HET in force (12,500 from 2024-06-01)
      "T-001, Minyak  Goreng ,2,Liter,15000", // normalised; above the HET of its day (14,000; 15,700 only from August)
      "T-001,sabun,1,batang,5000", // no HET known
      'T-002,telur ayam,"1,5",kg,28000',
    ]);
    const result = await run(path, { itemPath });
    expect(result).toMatchObject({
      status: "done",
      rows: 4,
      accepted: 4,
      rejected: 0,
      itemRows: 4,
      itemAccepted: 4,
      itemRejected: 0,
      rejectedFile: null,
      itemRejectedFile: null,
    });
    expect(result.changes).toEqual([
      { kabCode: "35.17", created: 4, unchanged: 0, itemsCreated: 4, itemsUnchanged: 0 },
    ]);
    expect(await stored("T-002")).toMatchObject({
      waktu: "2024-07-06T03:15:00",
      desa_code: agents.b.desa,
      sumber: "impor",
      job_id: result.jobId,
      nominal: "200000",
    });
    expect(await stored("T-004")).toMatchObject({ no_kks: "6019999999999999", sumber: "impor" });
    expect(await itemsOf("T-001")).toEqual([
      { komoditas: "beras", satuan: "kg", jumlah: "10", harga_satuan: "13000", het: "12500" },
      { komoditas: "minyak_goreng", satuan: "liter", jumlah: "2", harga_satuan: "15000", het: "14000" },
      { komoditas: "sabun", satuan: "batang", jumlah: "1", harga_satuan: "5000", het: null },
    ]);
    expect(await itemsOf("T-002")).toEqual([
      { komoditas: "telur_ayam", satuan: "kg", jumlah: "1.5", harga_satuan: "28000", het: "30000" },
    ]);

    const before = await snapshot();
    const again = await run(path, { itemPath });
    expect(again.status).toBe("done");
    expect(again.changes).toEqual([
      { kabCode: "35.17", created: 0, unchanged: 4, itemsCreated: 0, itemsUnchanged: 4 },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("rejects a bad file whole, listing the rows with their reasons; --partial imports the rest", async () => {
    const rows = [
      `2024-08-01T08:00:00+07:00,2024-08,SEMBAKO,6019000000000011,200000,berhasil,,${agents.a.idAgen},B-001`, // 2: good
      `2024-08-01T08:00:00+07:00,2024-08,SEMBAKO,60190000000,200000,berhasil,,${agents.a.idAgen},B-002`, // 3: card
      `2024-08-32T08:00:00+07:00,2024-08,SEMBAKO,6019000000000013,200000,berhasil,,${agents.a.idAgen},B-003`, // 4: date
      `2024-08-02T08:00:00+07:00,2024-08,SEMBAKO,6019000000000014,200000,berhasil,,${agents.a.idAgen},B-DUP`, // 5: repeated id
      `2024-08-02T09:00:00+07:00,2024-08,SEMBAKO,6019000000000015,200000,berhasil,,${agents.b.idAgen},B-DUP`, // 6: repeated id
      `2024-08-02T08:00:00+07:00,2024-08,SEMBAKO,6019000000000016,-50000,berhasil,,${agents.a.idAgen},B-006`, // 7: negative
      `2024-09-02T08:00:00+07:00,2024-09,SEMBAKO,6019000000000017,200000,berhasil,,${agents.a.idAgen},B-007`, // 8: no period
      `2024-08-02T08:00:00+07:00,2024-08,SEMBAKO,6019000000000018,200000,berhasil,,${agents.outside.idAgen},B-008`, // 9: outside
      `2024-08-02T08:00:00+07:00,2024-08,SEMBAKO,6019000000000019,200000,berhasil,,EW-TIDAK-ADA,B-009`, // 10: unknown agent
      `2024-07-05T09:30:00+07:00,2024-07,SEMBAKO,6019000000000001,150000,berhasil,,${agents.a.idAgen},T-001`, // 11: stored, differs
      `2024-08-03T08:00:00+07:00,2024-08,SEMBAKO,6019888888888888,200000,berhasil,,${agents.b.idAgen},B-011`, // 12: unknown card, good
      `2024-08-03T08:00:00+07:00,2024-08,SEMBAKO,6019000000000020,0,berhasil,,${agents.b.idAgen},B-012`, // 13: 0 for berhasil
    ];
    const path = file(TRANSAKSI_HEADER, rows);
    const before = await snapshot();
    const refused = await run(path);
    expect(refused).toMatchObject({ status: "rejected", rows: 12, accepted: 0, rejected: 10 });
    expect(await snapshot()).toEqual(before);
    const found = records(refused.rejectedFile);
    expect(found.map((r) => [Number(r.baris), r.kolom])).toEqual([
      [3, "no_kks"],
      [4, "waktu"],
      [5, "id_transaksi"],
      [6, "id_transaksi"],
      [7, "nominal"],
      [8, "periode"],
      [9, "id_agen"],
      [10, "id_agen"],
      [11, "id_transaksi"],
      [13, "nominal"],
    ]);
    const reasonOf = (line: number) => found.find((r) => Number(r.baris) === line)?.alasan ?? "";
    expect(reasonOf(3)).toContain("16 digit");
    expect(reasonOf(5)).toContain("lebih dari sekali");
    expect(reasonOf(7)).toContain("negatif");
    expect(reasonOf(8)).toContain("Periode penyaluran ini tidak ada");
    expect(reasonOf(9)).toContain("di luar wilayah Anda");
    expect(reasonOf(11)).toContain("sudah tersimpan dengan isi yang berbeda");
    expect(reasonOf(13)).toContain("hanya untuk transaksi gagal");
    // The refused rows keep their own cells, so the file can be fixed and sent again.
    expect(found.find((r) => Number(r.baris) === 9)).toMatchObject({
      id_agen: agents.outside.idAgen,
      id_transaksi: "B-008",
    });

    const english = await run(path, { language: "en" });
    expect(records(english.rejectedFile).find((r) => r.baris === "8")?.alasan).toContain(
      "This distribution period does not exist",
    );

    const partial = await run(path, { partial: true });
    expect(partial).toMatchObject({ status: "done", rows: 12, accepted: 2, rejected: 10 });
    expect(partial.changes).toEqual([
      { kabCode: "35.17", created: 2, unchanged: 0, itemsCreated: 0, itemsUnchanged: 0 },
    ]);
    expect(await stored("B-001")).toMatchObject({ sumber: "impor", desa_code: agents.a.desa });
    expect(await stored("B-011")).toMatchObject({ no_kks: "6019888888888888" });
    expect(await stored("B-008")).toBeUndefined();
    expect(await stored("T-001")).toMatchObject({ nominal: "200000" });
  });

  it("refuses both files when a goods line is bad, with the goods lines' own rejected file; --partial keeps the rest", async () => {
    const path = file(TRANSAKSI_HEADER, [
      `2024-08-10T08:00:00+07:00,2024-08,SEMBAKO,6019000000000031,200000,berhasil,,${agents.a.idAgen},C-001`,
      `2024-08-10T08:00:00+07:00,2024-09,SEMBAKO,6019000000000032,200000,berhasil,,${agents.a.idAgen},C-002`,
    ]);
    const itemPath = file(ITEM_HEADER, [
      "C-001,beras,5,kg,12000", // 2: good
      "C-404,beras,5,kg,12000", // 3: no such transaction
      "C-002,beras,5,kg,12000", // 4: its transaction is refused
      "C-001,gula pasir,-1,kg,17000", // 5: bad quantity
      "T-002,beras,1,kg,20000", // 6: stored transaction whose goods lines differ
      "B-001,tahu,1,kg,15000", // 7: stored transaction without goods lines: added (above HET)
    ]);
    const before = await snapshot();
    const refused = await run(path, { itemPath });
    expect(refused).toMatchObject({ status: "rejected", rejected: 1, itemRows: 6, itemRejected: 4 });
    expect(await snapshot()).toEqual(before);
    expect(refused.itemRejectedFile).toBe(itemPath.replace(/\.csv$/, ".ditolak.csv"));
    const found = records(refused.itemRejectedFile);
    expect(found.map((r) => [Number(r.baris), r.kolom])).toEqual([
      [3, "id_transaksi"],
      [4, "id_transaksi"],
      [5, "jumlah"],
      [6, "id_transaksi"],
    ]);
    expect(found[0]?.alasan).toContain("tidak ada di berkas transaksi");
    expect(found[1]?.alasan).toContain("ditolak");
    expect(found[3]?.alasan).toContain("sudah tersimpan");

    const partial = await run(path, { itemPath, partial: true });
    expect(partial).toMatchObject({ status: "done", accepted: 1, itemAccepted: 2 });
    expect(await itemsOf("C-001")).toEqual([
      { komoditas: "beras", satuan: "kg", jumlah: "5", harga_satuan: "12000", het: "12500" },
    ]);
    expect(await itemsOf("B-001")).toEqual([
      { komoditas: "tahu", satuan: "kg", jumlah: "1", harga_satuan: "15000", het: "14000" },
    ]);
  });

  it("refuses a file missing a required column, changing nothing", async () => {
    const path = join(dir, "kurang.csv");
    writeFileSync(path, "waktu,periode,no_kks,nominal\n2024-07-01T08:00:00Z,2024-07,6019000000000001,1\n");
    const before = await snapshot();
    const result = await run(path);
    expect(result).toMatchObject({
      status: "rejected",
      missingColumns: ["program", "status", "id_agen", "id_transaksi"],
    });
    expect(await snapshot()).toEqual(before);
  });
});
