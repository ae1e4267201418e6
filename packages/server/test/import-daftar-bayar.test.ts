import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TDaftarBayarCounts, TLanguage } from "@kawal/core";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { importDaftarBayar } from "../src/distribution/payment-list/import-daftar-bayar.ts";
import { isUniqueViolation } from "../src/programs/enrolment-store.ts";
import { dbTargets } from "./db-targets.ts";
import {
  addFamily,
  csvFile,
  finishedJob,
  importAppForSuite,
  readRecords,
  sumChanges,
} from "./import-test-kit.ts";

const HEADER = "periode,program,no_kk,nik_pengurus,nominal,no_kks,bank,tahap";

interface TFamily {
  noKk: string;
  kepala: string;
  istri: string;
}

const total = (changes: TDaftarBayarCounts[]) =>
  sumChanges(changes, ["created", "updated", "unchanged", "nominalDiffers"]);
const kks = (n: number) => `60190012${String(n).padStart(8, "0")}`;

describe.each(dbTargets)("daftar_bayar import on $name", (target) => {
  const { t, actor, dir } = importAppForSuite(target, "kawal-daftar-");
  const f: TFamily[] = [];
  let outside: TFamily;

  const makeFamily = (desa: string): Promise<TFamily> => addFamily(t.database.db, desa);

  const file = (rows: string[], header = HEADER) => csvFile(dir, header, rows, "daftar");
  const run = (path: string, partial = false, language: TLanguage = "id") =>
    importDaftarBayar(t.database, actor, { path, partial, language, rejectedPath: `${path}.ditolak.csv` });

  /** Everything an import may change. */
  const snapshot = async () =>
    (
      await queryRows<{ rows: string | null; periods: number; audits: number; cards: number }>(
        t.database.db,
        sql`SELECT (SELECT md5(string_agg(concat_ws(',', d.kab_code, d.program_code, d.periode, d.no_kk, d.desa_code,
                      d.nik_pengurus, d.nominal, d.no_kks, d.bank, d.tahap, d.status_injeksi, d.terinjek_pada, d.job_id), '|'
                      ORDER BY d.kab_code, d.id)) FROM daftar_bayar d) AS rows,
                   (SELECT count(*)::int FROM periode_penyaluran) AS periods,
                   (SELECT count(*)::int FROM audit_log WHERE action LIKE 'payment_list.%') AS audits,
                   (SELECT count(*)::int FROM kartu_kks) AS cards`,
      )
    )[0];
  const rowOf = async (family: TFamily, program: string, periode: string) =>
    (
      await queryRows<{
        nominal: string;
        no_kks: string;
        bank: string;
        status_injeksi: string;
        terinjek_pada: string | null;
      }>(
        t.database.db,
        sql`SELECT nominal::text, no_kks, bank, status_injeksi, to_char(terinjek_pada, 'YYYY-MM-DD') AS terinjek_pada
            FROM daftar_bayar WHERE no_kk = ${family.noKk} AND program_code = ${program} AND periode = ${periode}`,
      )
    )[0];

  beforeAll(async () => {
    for (let i = 0; i < 6; i++) f.push(await makeFamily("35.17.18.2003"));
    outside = await makeFamily("35.17.17.2002");
  });

  it("refuses a KKS card number given to two families, naming the other row, and changes nothing", async () => {
    const [f1, f2, f3] = f as [TFamily, TFamily, TFamily];
    const path = file([
      `2025-09,SEMBAKO,${f1.noKk},${f1.istri},200000,${kks(91)},BRI,`,
      `2025-09,SEMBAKO,${f2.noKk},${f2.istri},200000,${kks(91)},BRI,`, // 3: f1's card
      `2025-09,SEMBAKO,${f3.noKk},${f3.istri},200000,${kks(93)},BRI,`,
      `2025-10,SEMBAKO,${f1.noKk},${f1.istri},200000,${kks(91)},BRI,`, // the same family's card again: fine
    ]);
    const before = await snapshot();
    const refused = await run(path);
    expect(refused).toMatchObject({ status: "rejected", rows: 4, accepted: 0, rejected: 3 });
    expect(await snapshot()).toEqual(before);
    const records = readRecords(refused.rejectedFile);
    expect(records.map((r) => [Number(r.baris), r.kolom, r.alasan])).toEqual([
      [2, "no_kks", "No. KKS ini juga diberikan kepada keluarga lain di baris 3"],
      [3, "no_kks", "No. KKS ini juga diberikan kepada keluarga lain di baris 2"],
      [5, "no_kks", "No. KKS ini juga diberikan kepada keluarga lain di baris 3"],
    ]);
  });

  it("imports a good list, opens its periods, counts Sembako arrears, and changes nothing the second time", async () => {
    const [f1, f2, f3] = f as [TFamily, TFamily, TFamily];
    const path = file([
      `2025-03,SEMBAKO,${f1.noKk},${f1.istri},200000,${kks(1)},BRI,`,
      `2025-03,sembako,${f2.noKk},${f2.kepala},Rp400.000,${kks(2)},bni,`, // two months: arrears
      `2025-04,PKH,${f3.noKk},${f3.istri},750.000,${kks(3)},BSI,2`,
    ]);
    const result = await run(path);
    expect(result).toMatchObject({ status: "done", rows: 3, accepted: 3, rejected: 0, rejectedFile: null });
    expect(total(result.changes)).toEqual({ created: 3, updated: 0, unchanged: 0, nominalDiffers: 1 });
    // The cards the list names are registered, held by their families.
    expect(result.cardsRegistered).toBe(3);
    const [cards] = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM kartu_kks WHERE no_kks IN (${kks(1)}, ${kks(2)}, ${kks(3)}) AND pemegang_jenis = 'keluarga'`,
    );
    expect(cards?.n).toBe(3);
    expect(result.openedPeriods).toEqual([
      { program: "PKH", periode: "2025-04", tahap: 2 },
      { program: "SEMBAKO", periode: "2025-03", tahap: null },
    ]);
    const periods = await queryRows<{ program_code: string; mulai: string; selesai: string }>(
      t.database.db,
      sql`SELECT program_code, to_char(mulai, 'YYYY-MM-DD') AS mulai, to_char(selesai, 'YYYY-MM-DD') AS selesai
          FROM periode_penyaluran ORDER BY program_code`,
    );
    expect(periods).toEqual([
      { program_code: "PKH", mulai: "2025-04-01", selesai: "2025-04-30" },
      { program_code: "SEMBAKO", mulai: "2025-03-01", selesai: "2025-03-31" },
    ]);
    expect(await rowOf(f2, "SEMBAKO", "2025-03")).toMatchObject({
      nominal: "400000",
      bank: "BNI",
      status_injeksi: "belum",
    });
    const [stored] = await queryRows<{ desa_code: string; tahap: number }>(
      t.database.db,
      sql`SELECT desa_code, tahap FROM daftar_bayar WHERE no_kk = ${f3.noKk}`,
    );
    expect(stored).toEqual({ desa_code: "35.17.18.2003", tahap: 2 });

    const before = await snapshot();
    const again = await run(path);
    expect(again.status).toBe("done");
    expect(total(again.changes)).toEqual({ created: 0, updated: 0, unchanged: 3, nominalDiffers: 1 });
    expect(again.openedPeriods).toEqual([]);
    expect(again.cardsRegistered).toBe(0);
    // Only the import's own audit row is new.
    expect({ ...(await snapshot()), audits: 0 }).toEqual({ ...before, audits: 0 });
  });

  it("records a changed amount, card, bank or injection status as an update, with before and after in the audit", async () => {
    const [f1, f2] = f as [TFamily, TFamily];
    const header = `${HEADER},status_injeksi,tanggal_injeksi`;
    const result = await run(
      file(
        [
          `2025-03,SEMBAKO,${f1.noKk},${f1.istri},200000,${kks(11)},MANDIRI,,terinjek,05/03/2025`,
          `2025-03,SEMBAKO,${f2.noKk},${f2.kepala},Rp400.000,${kks(2)},BNI,,,`,
        ],
        header,
      ),
    );
    expect(result.status).toBe("done");
    expect(total(result.changes)).toEqual({ created: 0, updated: 1, unchanged: 1, nominalDiffers: 1 });
    expect(await rowOf(f1, "SEMBAKO", "2025-03")).toEqual({
      nominal: "200000",
      no_kks: kks(11),
      bank: "MANDIRI",
      status_injeksi: "terinjek",
      terinjek_pada: "2025-03-05",
    });
    const [audit] = await queryRows<{ data: { updates: Record<string, unknown>[] } }>(
      t.database.db,
      sql`SELECT data FROM audit_log WHERE action = 'payment_list.update' AND entity_id = ${result.jobId}`,
    );
    expect(audit?.data.updates).toHaveLength(1);
    expect(audit?.data.updates[0]).toMatchObject({
      program: "SEMBAKO",
      periode: "2025-03",
      before: { bank: "BRI", statusInjeksi: "belum", noKks: "6019••••••••0001" },
      after: {
        bank: "MANDIRI",
        statusInjeksi: "terinjek",
        terinjekPada: "2025-03-05",
        noKks: "6019••••••••0011",
      },
    });
    // A list that says nothing of the injection leaves the bank's marking alone.
    const later = await run(file([`2025-03,SEMBAKO,${f1.noKk},${f1.istri},200000,${kks(11)},MANDIRI,`]));
    expect(total(later.changes)).toMatchObject({ updated: 0, unchanged: 1 });
    expect(await rowOf(f1, "SEMBAKO", "2025-03")).toMatchObject({ status_injeksi: "terinjek" });
  });

  it("rejects a bad list whole, listing exactly the bad rows with reasons; --partial takes the rest", async () => {
    const [, , , f4, f5, f6] = f as [TFamily, TFamily, TFamily, TFamily, TFamily, TFamily];
    const header = `${HEADER},status_injeksi,tanggal_injeksi`;
    const rows = [
      `2025-05,SEMBAKO,${f4.noKk},${f4.istri},200000,${kks(4)},BRI,,,`, // 2: good
      `2025-13,SEMBAKO,${f5.noKk},${f5.istri},200000,${kks(5)},BRI,,,`, // 3: period
      `2025-05,SEMBAKO,${f5.noKk},${f5.istri},150000.5,${kks(5)},BRI,,,`, // 4: money
      `2025-05,SEMBAKO,${f5.noKk},${f5.istri},200000,60190012,BRI,,,`, // 5: card number
      `2025-05,SEMBAKO,${f5.noKk},${f5.istri},200000,${kks(5)},BCA,,,`, // 6: bank
      `2025-05,PKH,${f5.noKk},${f5.istri},750000,${kks(5)},BRI,,,`, // 7: PKH without tahap
      `2025-05,SEMBAKO,${f5.noKk},${f5.istri},200000,${kks(5)},BRI,,sudah,`, // 8: injection status
      `2025-05,SEMBAKO,3517181234567890,${f5.istri},200000,${kks(5)},BRI,,,`, // 9: No. KK structure
      `2025-05,ZAKAT,${f5.noKk},${f5.istri},200000,${kks(5)},BRI,,,`, // 10: unknown programme
      `2025-05,SEMBAKO,3517180101209999,${f5.istri},200000,${kks(5)},BRI,,,`, // 11: not in the registry
      `2025-05,SEMBAKO,${outside.noKk},${outside.istri},200000,${kks(7)},BRI,,,`, // 12: outside the area
      `2025-05,SEMBAKO,${f5.noKk},${f6.istri},200000,${kks(5)},BRI,,,`, // 13: card holder of another family
      `2025-05,SEMBAKO,${f4.noKk},${f4.kepala},200000,${kks(4)},BRI,,,`, // 14: second row of row 2's family
      `2025-04,PKH,${f6.noKk},${f6.istri},750000,${kks(6)},BRI,3,,`, // 15: the period pays tahap 2
      `2025-05,SEMBAKO,${f5.noKk},${f5.istri},200000,${kks(5)},BRI,,belum,2025-05-02`, // 16: a date not injected
      `2025-08,PKH,${f5.noKk},${f5.istri},750000,${kks(5)},BRI,1,,`, // 17: two stages in one new period
      `2025-08,PKH,${f6.noKk},${f6.istri},750000,${kks(6)},BRI,2,,`, // 18: two stages in one new period
    ];
    const path = file(rows, header);
    const before = await snapshot();
    const refused = await run(path);
    expect(refused).toMatchObject({ status: "rejected", rows: 17, accepted: 0, rejected: 16 });
    expect(await snapshot()).toEqual(before);
    const records = readRecords(refused.rejectedFile);
    expect(records.map((r) => [Number(r.baris), r.kolom])).toEqual([
      [3, "periode"],
      [4, "nominal"],
      [5, "no_kks"],
      [6, "bank"],
      [7, "tahap"],
      [8, "status_injeksi"],
      [9, "no_kk"],
      [10, "program"],
      [11, "no_kk"],
      [12, "no_kk"],
      [13, "nik_pengurus"],
      [14, "program, periode, no_kk"],
      [15, "tahap"],
      [16, "tanggal_injeksi"],
      [17, "tahap"],
      [18, "tahap"],
    ]);
    expect(records[9]?.alasan).toBe("No. KK tidak ada di registri wilayah Anda");
    expect(records[11]?.alasan).toContain("Duplikat");
    expect(records[12]?.alasan).toContain("tahap periode");
    // The rejected file carries the row as written.
    expect(records[7]?.program).toBe("ZAKAT");
    expect(records[2]?.no_kks).toBe("60190012");

    const english = await run(path, false, "en");
    const englishRecords = readRecords(english.rejectedFile);
    expect(englishRecords[7]?.alasan).toBe("Unknown or inactive programme");

    const partial = await run(path, true);
    expect(partial).toMatchObject({ status: "done", rows: 17, accepted: 1, rejected: 16 });
    expect(total(partial.changes)).toEqual({ created: 1, updated: 0, unchanged: 0, nominalDiffers: 0 });
    expect(await rowOf(f4, "SEMBAKO", "2025-05")).toMatchObject({ nominal: "200000" });
    expect(await rowOf(f6, "PKH", "2025-04")).toBeUndefined();
  });

  it("refuses a list missing a required column, changing nothing", async () => {
    const path = join(dir, "kurang.csv");
    writeFileSync(path, "periode,program,no_kk,nominal\n2025-03,SEMBAKO,3517180101200001,200000\n");
    const before = await snapshot();
    const result = await run(path);
    expect(result).toMatchObject({
      status: "rejected",
      missingColumns: ["nik_pengurus", "no_kks", "bank"],
    });
    expect(await snapshot()).toEqual(before);
  });

  it("makes a second row for the same family, programme and period impossible in the database", async () => {
    const [f1] = f as [TFamily];
    const error = await t.database.db
      .execute(
        sql`INSERT INTO daftar_bayar (kab_code, program_code, periode, no_kk, desa_code, nik_pengurus, nominal, no_kks, bank)
            VALUES ('35.17', 'SEMBAKO', '2025-03', ${f1.noKk}, '35.17.18.2003', ${f1.istri}, 200000, ${kks(99)}, 'BRI')`,
      )
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).not.toBeNull();
    expect(isUniqueViolation(error, "daftar_bayar_family_key")).toBe(true);
  });

  it("keeps one row per family when two overlapping lists are imported at the same time", async () => {
    const extra: TFamily[] = [];
    for (let i = 0; i < 40; i++) extra.push(await makeFamily("35.17.18.2004"));
    const line = (x: TFamily, i: number, nominal: number) =>
      `2025-06,SEMBAKO,${x.noKk},${x.istri},${nominal},${kks(200 + i)},BRI,`;
    // Families 0–29 in the first list, 10–39 in the second: 20 on both, with different amounts.
    const first = file(extra.slice(0, 30).map((x, i) => line(x, i, 200_000)));
    const second = file(extra.slice(10).map((x, i) => line(x, i + 10, 400_000)));
    const [a, b] = await Promise.all([run(first), run(second)]);
    expect([a.status, b.status]).toEqual(["done", "done"]);
    const [counts] = await queryRows<{ rows: number; keys: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS rows, count(DISTINCT no_kk)::int AS keys FROM daftar_bayar
          WHERE program_code = 'SEMBAKO' AND periode = '2025-06'`,
    );
    expect(counts).toEqual({ rows: 40, keys: 40 });
    // Every overlapping family was created by one import and updated (or left) by the other.
    const created = total(a.changes).created + total(b.changes).created;
    expect(created).toBe(40);
    expect(total(a.changes).updated + total(b.changes).updated).toBe(20);
  });

  it("takes an upload as a job and offers its rejected rows", async () => {
    const [, , , , f5] = f as [TFamily, TFamily, TFamily, TFamily, TFamily];
    const dinsos = await t.clientAs("dinsos", ["35.17.18"]);
    const upload = await dinsos.upload("/api/distribution/payment-lists/import", {
      field: "file",
      name: "daftar.csv",
      content: `${HEADER}\n2025-07,SEMBAKO,${f5.noKk},${f5.istri},200000,${kks(5)},BRI,\n2025-07,SEMBAKO,${outside.noKk},${outside.istri},200000,${kks(7)},BRI,\n`,
    });
    expect(upload.statusCode, upload.body).toBe(202);
    const jobId = upload.json().jobId as string;
    const job = await finishedJob(dinsos, jobId);
    expect(job).toMatchObject({ kind: "import.daftar_bayar", status: "rejected", rejectedRows: 1 });
    const download = await dinsos.get(`/api/jobs/${jobId}/rejected`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toContain("No. KK tidak ada di registri wilayah Anda");
    expect(await rowOf(f5, "SEMBAKO", "2025-07")).toBeUndefined();
  });
});
