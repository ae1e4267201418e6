import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TLanguage, TPesertaCounts } from "@kawal/core";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { importPeserta } from "../src/programs/import/import-peserta.ts";
import { dbTargets } from "./db-targets.ts";
import {
  addFamily,
  csvFile,
  finishedJob,
  importAppForSuite,
  readRecords,
  sumChanges,
} from "./import-test-kit.ts";

const HEADER = "program,no_kk,nik_pengurus,status,sejak,no_kks,bank";

interface TFamily {
  noKk: string;
  kepala: string;
  istri: string;
}

describe.each(dbTargets)("peserta import on $name", (target) => {
  const { t, actor, dir } = importAppForSuite(target, "kawal-peserta-");
  const f: TFamily[] = [];
  let outside: TFamily;

  const makeFamily = (desa: string): Promise<TFamily> => addFamily(t.database.db, desa);

  const file = (rows: string[]) => csvFile(dir, HEADER, rows, "peserta");
  const run = (path: string, partial = false, language: TLanguage = "id") =>
    importPeserta(t.database, actor, { path, partial, language, rejectedPath: `${path}.ditolak.csv` });

  /** Everything an import may change. */
  const snapshot = async () =>
    (
      await queryRows<{ enrolments: string | null; transitions: number; audits: number }>(
        t.database.db,
        sql`SELECT (SELECT md5(string_agg(e::text, '|' ORDER BY e.kab_code, e.id)) FROM enrolment e) AS enrolments,
                   (SELECT count(*)::int FROM enrolment_transition) AS transitions,
                   (SELECT count(*)::int FROM audit_log WHERE action = 'enrolment.import') AS audits`,
      )
    )[0];
  const statusOf = async (family: TFamily, program: string) =>
    (
      await queryRows<{ status: string; sejak: string }>(
        t.database.db,
        sql`SELECT status, to_char(sejak, 'YYYY-MM-DD') AS sejak FROM enrolment
            WHERE no_kk = ${family.noKk} AND program_code = ${program} ORDER BY created_at DESC LIMIT 1`,
      )
    )[0];
  const total = (changes: TPesertaCounts[]) =>
    sumChanges(changes, ["created", "transitioned", "updated", "unchanged"]);

  beforeAll(async () => {
    for (let i = 0; i < 4; i++) f.push(await makeFamily("35.17.18.2003"));
    outside = await makeFamily("35.17.17.2002");
  });

  it("imports a good file, and importing it again changes nothing", async () => {
    const [f1, f2, f3] = f as [TFamily, TFamily, TFamily];
    const path = file([
      `SEMBAKO,${f1.noKk},${f1.istri},aktif,2024-01-01,6019001234567890,BRI`,
      `pkh,${f2.noKk},${f2.istri},Ditangguhkan,01/02/2024,,`,
      `SEMBAKO,${f3.noKk},${f3.kepala},dihentikan,2024-03-01,,`,
      `PKH,${f1.noKk},${f1.istri},aktif,2024-01-01,,`,
    ]);
    const result = await run(path);
    expect(result).toMatchObject({ status: "done", rows: 4, accepted: 4, rejected: 0, rejectedFile: null });
    expect(total(result.changes)).toEqual({ created: 4, transitioned: 0, updated: 0, unchanged: 0 });
    expect(await statusOf(f2, "PKH")).toEqual({ status: "ditangguhkan", sejak: "2024-02-01" });
    const transitions = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM enrolment_transition
          WHERE job_id = ${result.jobId} AND from_status IS NULL AND alasan = 'impor'`,
    );
    expect(transitions[0]?.n).toBe(4);

    const before = await snapshot();
    const again = await run(path);
    expect(again.status).toBe("done");
    expect(total(again.changes)).toEqual({ created: 0, transitioned: 0, updated: 0, unchanged: 4 });
    expect({ ...(await snapshot()), audits: 0 }).toEqual({ ...before, audits: 0 });

    // A later file moves the open enrolment along the table, with one transition row.
    const later = await run(file([`SEMBAKO,${f1.noKk},${f1.istri},ditangguhkan,2024-05-01,,`]));
    expect(total(later.changes)).toEqual({ created: 0, transitioned: 1, updated: 0, unchanged: 0 });
    expect(await statusOf(f1, "SEMBAKO")).toEqual({ status: "ditangguhkan", sejak: "2024-05-01" });
  });

  it("rejects a file with bad rows whole, listing exactly those rows with reasons; --partial takes the rest", async () => {
    const [f1, f2, f3, f4] = f as [TFamily, TFamily, TFamily, TFamily];
    // A candidate cannot become active without validation.
    await t.database.db.execute(sql`INSERT INTO enrolment (kab_code, program_code, no_kk, desa_code, nik_pengurus, status, sejak)
      VALUES ('35.17', 'PBI', ${f4.noKk}, '35.17.18.2003', ${f4.istri}, 'calon', '2024-01-01')`);
    const rows = [
      `SEMBAKO,${f4.noKk},${f4.istri},aktif,2024-01-01,,`, // 2: good
      `ZAKAT,${f4.noKk},${f4.istri},aktif,2024-01-01,,`, // 3: unknown programme
      `SEMBAKO,3517180101209999,${f4.istri},aktif,2024-01-01,,`, // 4: No. KK not in the registry
      `SEMBAKO,${outside.noKk},${outside.istri},aktif,2024-01-01,,`, // 5: outside the importer's area
      `PKH,${f4.noKk},${f1.istri},aktif,2024-01-01,,`, // 6: card holder of another family
      `BST,${f2.noKk},${f2.istri},aktif,2024-01-01,,`, // 7: twice in the file
      `BST,${f2.noKk},${f2.kepala},aktif,2024-02-01,,`, // 8: twice in the file
      `PBI,${f4.noKk},${f4.istri},aktif,2024-02-01,,`, // 9: calon → aktif is not in the table
      `SEMBAKO,${f3.noKk},${f3.kepala},graduasi,2024-04-01,,`, // 10: dihentikan → graduasi
      `PIP,${f4.noKk},${f4.istri},calon,2024-01-01,12,BCA`, // 11: bad cells
      `PKH,${f2.noKk},${f2.istri},aktif,2024-01-15,,`, // 12: before the current state began
    ];
    const path = file(rows);
    const before = await snapshot();
    const refused = await run(path);
    expect(refused).toMatchObject({ status: "rejected", rows: 11, accepted: 0, rejected: 10 });
    expect(await snapshot()).toEqual(before);
    const records = readRecords(refused.rejectedFile);
    expect(records.map((r) => Number(r.baris))).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(records.map((r) => r.kolom)).toEqual([
      "program",
      "no_kk",
      "no_kk",
      "nik_pengurus",
      "program, no_kk",
      "program, no_kk",
      "status",
      "status",
      "status, no_kks, bank",
      "sejak",
    ]);
    expect(records[0]?.alasan).toContain("Program tidak dikenal");
    expect(records[6]?.alasan).toMatch(/calon.*aktif/);
    expect(records[0]?.program).toBe("ZAKAT");
    expect(records[1]?.no_kk).toBe("3517180101209999");

    const english = await run(path, false, "en");
    const englishRecords = readRecords(english.rejectedFile);
    expect(englishRecords[0]?.alasan).toContain("Unknown or inactive programme");

    const partial = await run(path, true);
    expect(partial).toMatchObject({ status: "done", rows: 11, accepted: 1, rejected: 10 });
    expect(total(partial.changes)).toEqual({ created: 1, transitioned: 0, updated: 0, unchanged: 0 });
    expect(await statusOf(f4, "SEMBAKO")).toEqual({ status: "aktif", sejak: "2024-01-01" });
    expect(await statusOf(f4, "PBI")).toMatchObject({ status: "calon" });
  });

  it("does not let a file reopen a stopped family's enrolment as a new one", async () => {
    const [, , f3] = f as [TFamily, TFamily, TFamily];
    expect(await statusOf(f3, "SEMBAKO")).toMatchObject({ status: "dihentikan" });
    const before = await snapshot();
    const refused = await run(file([`SEMBAKO,${f3.noKk},${f3.kepala},aktif,2024-06-01,,`]));
    expect(refused).toMatchObject({ status: "rejected", rejected: 1 });
    expect(await snapshot()).toEqual(before);
    const [record] = readRecords(refused.rejectedFile);
    expect(record).toMatchObject({ baris: "2", kolom: "status" });
    expect(record?.alasan).toContain("dihentikan");
  });

  it("refuses a file missing a required column, changing nothing", async () => {
    const path = join(dir, "kurang.csv");
    writeFileSync(path, "program,no_kk,status\nSEMBAKO,3517180101200001,aktif\n");
    const before = await snapshot();
    const result = await run(path);
    expect(result).toMatchObject({ status: "rejected", missingColumns: ["nik_pengurus", "sejak"] });
    expect(await snapshot()).toEqual(before);
  });

  it("takes an upload as a job and offers its rejected rows", async () => {
    const [, , , f4] = f as [TFamily, TFamily, TFamily, TFamily];
    const dinsos = await t.clientAs("dinsos", ["35.17.18"]);
    const upload = await dinsos.upload("/api/programs/imports", {
      field: "file",
      name: "peserta.csv",
      content: `${HEADER}\nRTLH,${f4.noKk},${f4.kepala},aktif,2024-06-01,,\nRTLH,${outside.noKk},${outside.kepala},aktif,2024-06-01,,\n`,
    });
    expect(upload.statusCode, upload.body).toBe(202);
    const jobId = upload.json().jobId as string;
    const job = await finishedJob(dinsos, jobId);
    expect(job).toMatchObject({ kind: "import.peserta", status: "rejected", rejectedRows: 1 });
    const download = await dinsos.get(`/api/jobs/${jobId}/rejected`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toContain("No. KK tidak ada di registri wilayah Anda");
    expect(await statusOf(f4, "RTLH")).toBeUndefined();
  });
});
