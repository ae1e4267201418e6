import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { TDatabase } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";
import { cliDatabaseForSuite, runKawal as run } from "./import-test-kit.ts";

/** One period, three listed families of a desa of Bandarkedungmulyo: one paid in full, one in part, one not. */
async function seed(database: TDatabase): Promise<void> {
  const db = database.db;
  await db.execute(
    sql`INSERT INTO periode_penyaluran (program_code, periode, mulai, selesai)
        VALUES ('SEMBAKO', '2026-01', '2026-01-01', '2026-01-31')`,
  );
  for (const i of [1, 2, 3]) {
    await db.execute(
      sql`INSERT INTO daftar_bayar (kab_code, program_code, periode, no_kk, desa_code, nik_pengurus, nominal, no_kks, bank,
                                    status_injeksi)
          VALUES ('35.17', 'SEMBAKO', '2026-01', ${`351718010120000${i}`}, '35.17.18.2003', ${`351718410182000${i}`},
                  200000, ${`500000000000000${i}`}, 'BNI', 'terinjek')`,
    );
  }
  for (const [id, card, nominal] of [
    ["T1", "5000000000000001", 200_000],
    ["T2", "5000000000000002", 80_000],
  ] as const) {
    await db.execute(
      sql`INSERT INTO transaksi (kab_code, id_transaksi, waktu, program_code, periode, no_kks, nominal, status, id_agen,
                                 desa_code, sumber)
          VALUES ('35.17', ${id}, '2026-01-05T09:00:00+07:00', 'SEMBAKO', '2026-01', ${card}, ${nominal}, 'berhasil',
                  'AG1', '35.17.18.2003', 'impor')`,
    );
  }
}

describe.each(dbTargets)("kawal reconcile and kawal report on $name", (target) => {
  let env: Record<string, string>;
  let dir: string;
  cliDatabaseForSuite(target, "kawal-reconcile-cli-", { seed, ready: (cli) => ({ env, dir } = cli) });

  it("reconciles a period and prints the counts per class", async () => {
    const result = await run(["reconcile", "--periode", "2026-01", "--json"], env);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: true,
      program: "SEMBAKO",
      periode: "2026-01",
      listed: 3,
      tersalur: 1,
      sebagian: 1,
      belum: 1,
      tidakTerdaftar: 0,
      nominalDaftar: 600_000,
      nominalRealisasi: 280_000,
    });
    const human = await run(["reconcile", "--periode", "2026-01", "--wilayah", "35.17.18"], env);
    expect(human.status).toBe(0);
    expect(human.stdout).toContain("tersalur/full 1, sebagian/partial 1, belum/none 1");
  });

  it("exits 2 on a malformed period and 1 on a period that does not exist", async () => {
    const malformed = await run(["reconcile", "--periode", "2026-1"], env);
    expect(malformed.status).toBe(2);
    expect(malformed.stdout).toContain("--periode");
    const missing = await run(["reconcile", "--periode", "2025-12", "--json"], env);
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stdout).error).toContain("2025-12");
    const region = await run(["reconcile", "--periode", "2026-01", "--wilayah", "35.17.18.2999"], env);
    expect(region.status).toBe(1);
  });

  it("lists the reports and writes the realisasi report as CSV, XLSX and PDF", async () => {
    const list = await run(["report", "--list"], env);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/^realisasi\t/);

    const csvFile = join(dir, "laporan.csv");
    const csv = await run(
      ["report", "realisasi", "--periode", "2026-01", "--format", "csv", "--out", csvFile, "--json"],
      env,
    );
    expect(csv.status, csv.stderr).toBe(0);
    expect(JSON.parse(csv.stdout)).toMatchObject({ ok: true, rows: 1, total: { kuota: 3, realisasi: 2 } });
    const lines = readFileSync(csvFile, "utf8").trim().split("\n");
    expect(lines[1]).toMatch(/^35\.17\.18,.*,35\.17\.18\.2003,.*,3,2,66\.7,1,1,1,0,600000,280000$/);

    // The default name, in the working folder; the PDF in English.
    const pdf = await run(
      ["report", "realisasi", "--periode", "2026-01", "--format", "pdf", "--lang", "en"],
      env,
      dir,
    );
    expect(pdf.status, pdf.stderr).toBe(0);
    const pdfFile = join(dir, "realisasi-sembako-2026-01.pdf");
    expect(readFileSync(pdfFile).subarray(0, 5).toString()).toBe("%PDF-");
    const xlsx = await run(["report", "realisasi", "--periode", "2026-01", "--format", "xlsx"], env, dir);
    expect(xlsx.status).toBe(0);
    expect(existsSync(join(dir, "realisasi-sembako-2026-01.xlsx"))).toBe(true);
  });

  it("exits 2 on an unknown report or a missing format", async () => {
    expect((await run(["report", "laba-rugi", "--periode", "2026-01", "--format", "csv"], env)).status).toBe(
      2,
    );
    expect((await run(["report", "realisasi", "--periode", "2026-01"], env)).status).toBe(2);
  });
});
