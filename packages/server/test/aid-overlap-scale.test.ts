import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { getAidOverlap } from "../src/programs/overlap-desa.ts";
import { exportAidOverlap } from "../src/programs/overlap-export.ts";
import { summarizeAidOverlap } from "../src/programs/overlap-summary.ts";
import { systemActor } from "../src/scope/actor.ts";
import { dbTargets } from "./db-targets.ts";
import { makeTestApp, type TTestApp } from "./test-app.ts";

/**
 * Measures the overlap view on a kabupaten-sized data set; skipped unless KAWAL_MEASURE_AID is set
 * (the number of families, e.g. 300000). Prints medians of five runs beside the floor: the bare
 * count of the same families per desa.
 *   KAWAL_MEASURE_AID=300000 TEST_DATABASE_URL=… npx vitest run packages/server/test/aid-overlap-scale.test.ts
 */
const families = Number(process.env.KAWAL_MEASURE_AID ?? 0);
const actor = { ...systemActor, scopes: ["35.17"] };

describe.skipIf(!families).each(dbTargets)("aid overlap at scale on $name", (target) => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await makeTestApp(target);
    const db = t.database.db;
    // Families spread over every desa of Kabupaten Jombang, desil 1–10; 40 % in Sembako, one in seven
    // in PKH, one in six with a gift, one in fifty registered as Fakir Miskin.
    await db.execute(sql`CREATE TEMP TABLE measure_desa AS
      SELECT (row_number() OVER (ORDER BY code) - 1)::int AS i, code FROM wilayah WHERE code LIKE '35.17.%' AND level = 4`);
    const spread = sql`FROM generate_series(1, ${families}) g
      JOIN measure_desa d ON d.i = g % (SELECT count(*) FROM measure_desa)`;
    await db.execute(sql`INSERT INTO keluarga (kab_code, no_kk, desa_code, desil)
      SELECT '35.17', '3599' || lpad(g::text, 12, '0'), d.code, 1 + (g * 7) % 10 ${spread}`);
    await db.execute(sql`INSERT INTO anggota (kab_code, nik, no_kk, desa_code, nama, hubungan, jenis_kelamin, tanggal_lahir)
      SELECT '35.17', '3598' || lpad(g::text, 12, '0'), '3599' || lpad(g::text, 12, '0'), d.code, 'Kepala ' || g,
             'kepala', 'L', '1980-01-01' ${spread}`);
    const pick = (modulo: number, below: number) =>
      sql`FROM keluarga WHERE no_kk LIKE '3599%' AND substr(no_kk, 5)::bigint % ${modulo} < ${below}`;
    await db.execute(sql`INSERT INTO enrolment (kab_code, program_code, no_kk, desa_code, nik_pengurus, status, sejak)
      SELECT kab_code, 'SEMBAKO', no_kk, desa_code, '-', 'aktif', '2021-03-01' ${pick(5, 2)}`);
    await db.execute(sql`INSERT INTO enrolment (kab_code, program_code, no_kk, desa_code, nik_pengurus, status, sejak)
      SELECT kab_code, 'PKH', no_kk, desa_code, '-', 'aktif', '2021-03-01' ${pick(7, 1)}`);
    await db.execute(sql`INSERT INTO bantuan_lain (kab_code, no_kk, desa_code, jenis_pemberi, pemberi, bentuk, nilai, tanggal, recorded_by)
      SELECT kab_code, no_kk, desa_code, 'masjid', 'Masjid', 'uang', 100000, CURRENT_DATE - 30,
             '00000000-0000-0000-0000-000000000000' ${pick(6, 1)}`);
    await db.execute(sql`INSERT INTO social_register (kab_code, register, kategori_kode, kecamatan_code, desa_code, nama, no_kk, recorded_by)
      SELECT kab_code, 'pmks', 24, left(desa_code, 8), desa_code, 'Fakir miskin', no_kk,
             '00000000-0000-0000-0000-000000000000' ${pick(50, 1)}`);
  }, 1_800_000);
  afterAll(async () => t.close());

  it("answers a desa, the kabupaten summary and an export", async () => {
    const db = t.database.db;
    const [desa] = await queryRows<{ desa_code: string; n: number }>(
      db,
      sql`SELECT desa_code, count(*)::int AS n FROM keluarga GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
    );
    const code = desa?.desa_code ?? "";
    const median = async (work: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        await work();
        times.push(performance.now() - start);
      }
      return Math.round(times.sort((a, b) => a - b)[2] ?? 0);
    };
    const overlap = await getAidOverlap(db, actor, { desa: code, bulan: 12 });
    expect(overlap.without.length + overlap.piled.length).toBeGreaterThan(0);
    const result = {
      families,
      desaFamilies: desa?.n,
      overlapDesaMs: await median(() => getAidOverlap(db, actor, { desa: code, bulan: 12 })),
      summaryKabupatenMs: await median(() => summarizeAidOverlap(db, actor, { bulan: 12 })),
      floorCountPerDesaMs: await median(() =>
        queryRows(
          db,
          sql`SELECT desa_code, count(*) FROM keluarga WHERE status = 'aktif' AND desa_code LIKE '35.17.%' GROUP BY 1`,
        ),
      ),
      exportXlsxMs: await median(() =>
        exportAidOverlap(db, actor, { desa: code, bulan: 12, format: "xlsx" }),
      ),
    };
    console.log(`aid overlap on ${target.name}: ${JSON.stringify(result)}`);
  }, 600_000);
});
