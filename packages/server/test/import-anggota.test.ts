import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type TDatabase } from "../src/db/database.ts";
import { importAnggota } from "../src/registry/import/import-anggota.ts";
import { systemActor } from "../src/scope/actor.ts";
import { loadWilayah } from "../src/wilayah/load-wilayah.ts";
import { anggotaHeader, col, corrupt, syntheticRows, writeCsv } from "./anggota-fixture.ts";
import { dbTargets } from "./db-targets.ts";
import { readRecords } from "./import-test-kit.ts";

describe.each(dbTargets)("anggota import on $name", (target) => {
  let database: TDatabase;
  let drop: () => Promise<void>;
  let dir: string;

  beforeAll(async () => {
    ({ database, drop } = await target.open());
    await loadWilayah(database);
    dir = mkdtempSync(join(tmpdir(), "kawal-import-"));
  });
  afterAll(async () => {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const snapshot = async () =>
    queryRows<{ k: number; a: number; e: number; h: string | null }>(
      database.db,
      sql`SELECT (SELECT count(*)::int FROM keluarga) AS k, (SELECT count(*)::int FROM anggota) AS a,
                 (SELECT count(*)::int FROM registry_event) AS e,
                 (SELECT md5(string_agg(nik || nama || hubungan || no_kk, ',' ORDER BY nik)) FROM anggota) AS h`,
    );
  const run = (file: string, partial = false, language: "id" | "en" = "id") =>
    importAnggota(database, systemActor, {
      path: file,
      partial,
      language,
      rejectedPath: `${file}.ditolak.csv`,
    });

  it("refuses a 10,000-row file with 500 bad rows whole, lists exactly those rows, then imports the rest with --partial", async () => {
    const rows = syntheticRows(10_000);
    const badLines = corrupt(rows, 500);
    expect(badLines).toHaveLength(500);
    const file = writeCsv(join(dir, "anggota-10k.csv"), rows);
    const before = await snapshot();

    const refused = await run(file);
    expect(refused.status).toBe("rejected");
    expect(refused.rejected).toBe(500);
    expect(await snapshot()).toEqual(before);
    const listed = readRecords(refused.rejectedFile);
    expect(listed.map((r) => Number(r.baris))).toEqual(badLines);
    for (const r of listed) {
      expect(r.kolom).not.toBe("");
      expect(r.alasan).not.toBe("");
    }

    const partial = await run(file, true);
    expect(partial.status).toBe("done");
    expect(partial.accepted).toBe(9_500);
    const [after] = await snapshot();
    expect(after?.a).toBe(9_500);
    const [heads] = await queryRows<{ bad: number }>(
      database.db,
      sql`SELECT count(*)::int AS bad FROM (SELECT no_kk FROM anggota GROUP BY no_kk HAVING count(*) FILTER (WHERE hubungan = 'kepala') <> 1) x`,
    );
    expect(heads?.bad).toBe(0);
  });

  it("changes nothing when the same file comes again, and records each change of a newer file", async () => {
    const rows = syntheticRows(2_000, 11);
    const file = writeCsv(join(dir, "anggota-2k.csv"), rows);
    expect((await run(file)).status).toBe("done");
    const first = await snapshot();
    const again = await run(file);
    expect(
      again.changes.every(
        (c) => c.familiesInserted + c.familiesUpdated + c.membersInserted + c.membersUpdated === 0,
      ),
    ).toBe(true);
    expect(await snapshot()).toEqual(first);

    const head = rows.find((r) => r[col("hubungan")] === "kepala") as string[];
    head[col("desil")] = head[col("desil")] === "1" ? "2" : "1";
    const child = rows.find((r) => r[col("hubungan")] === "anak") as string[];
    child[col("pendidikan")] = "SMA (lulus 2026)";
    const newer = writeCsv(join(dir, "anggota-2k-baru.csv"), rows);
    const updated = await run(newer);
    const totals = updated.changes.reduce(
      (s, c) => ({ f: s.f + c.familiesUpdated, m: s.m + c.membersUpdated }),
      { f: 0, m: 0 },
    );
    expect(totals).toEqual({ f: 1, m: 1 });
    const events = await queryRows<{
      kind: string;
      data: { changes: Record<string, { before: unknown; after: unknown }> };
    }>(database.db, sql`SELECT kind, data FROM registry_event ORDER BY kind`);
    expect(events.map((e) => e.kind)).toEqual(["anggota_diubah", "keluarga_diubah"]);
    expect(events[0]?.data.changes).toEqual({
      pendidikan: { before: expect.any(String), after: "SMA (lulus 2026)" },
    });
    expect(Object.keys(events[1]?.data.changes ?? {})).toEqual(["desil"]);
  });

  it("refuses whole-file and registry conflicts with the reason in the user's language", async () => {
    const rows = syntheticRows(60, 23);
    const family = (i: number) => rows.filter((r) => r[col("no_kk")] === rows[i]?.[col("no_kk")]);
    const other = rows.find(
      (r) => r[col("no_kk")] !== rows[0]?.[col("no_kk")] && r[col("hubungan")] !== "kepala",
    ) as string[];
    // The same NIK in two families: both rows are refused, each naming the other.
    const source = family(0).find((r) => r[col("hubungan")] !== "kepala") as string[];
    for (const c of ["nik", "jenis_kelamin", "tanggal_lahir", "hamil"] as const)
      other[col(c)] = source[col(c)] ?? "";
    const file = writeCsv(join(dir, "conflicts.csv"), rows);
    const result = await run(file, false, "en");
    expect(result.status).toBe("rejected");
    const listed = readRecords(result.rejectedFile);
    expect(listed).toHaveLength(2);
    for (const r of listed) expect(r.alasan).toMatch(/the same NIK is in another family card on rows/);
  });

  it("reads an XLSX file like a CSV, header in the first row of the first sheet", async () => {
    const rows = syntheticRows(40, 53);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("anggota");
    sheet.addRow([...anggotaHeader]);
    for (const row of rows) sheet.addRow(row);
    const file = join(dir, "anggota.xlsx");
    await workbook.xlsx.writeFile(file);
    const result = await run(file);
    expect(result).toMatchObject({ status: "done", rows: 40, accepted: 40, rejected: 0 });
    const [count] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM anggota WHERE nik IN (${sql.join(
        rows.map((r) => sql`${r[col("nik")]}`),
        sql`, `,
      )})`,
    );
    expect(count?.n).toBe(40);
  });

  it("refuses a file without its required columns and says which", async () => {
    const file = join(dir, "kolom.csv");
    writeCsv(file, [["3517180101010001", "Siti"]], ["nik", "nama"]);
    const result = await run(file);
    expect(result.status).toBe("rejected");
    expect(result.missingColumns).toEqual(expect.arrayContaining(["no_kk", "hubungan", "kode_desa"]));
  });
});
