import { sql } from "drizzle-orm";
import type { TDb } from "../db/database.ts";
import { demoAgents } from "./demo-distribution-agents.ts";
import { inDemoKecamatan, stableHash } from "./demo-sql.ts";
import { DEMO_KABUPATEN, DEMO_KECAMATAN } from "./demo-users.ts";

/**
 * The demo's distribution calendar, fixed so every load builds the same data: the six Sembako months
 * before the reference month January 2026 (the programmes loader dates suspensions in 2025), and the
 * two PKH stages paid in them (stage 3 in August, stage 4 in November).
 */
export const DEMO_SEMBAKO_PERIODS = [
  "2025-07",
  "2025-08",
  "2025-09",
  "2025-10",
  "2025-11",
  "2025-12",
] as const;
export const DEMO_PKH_STAGES = [
  { tahun: 2025, tahap: 3, periode: "2025-08" },
  { tahun: 2025, tahap: 4, periode: "2025-11" },
] as const;

/** Every period as rows: programme, period, stage, stage year, month number (0 = July 2025). */
export const demoPeriods = sql.raw(
  `(VALUES ${[
    ...DEMO_SEMBAKO_PERIODS.map((p, i) => `('SEMBAKO', '${p}', NULL::smallint, NULL::smallint, ${i})`),
    ...DEMO_PKH_STAGES.map(
      (s) =>
        `('PKH', '${s.periode}', ${s.tahap}::smallint, ${s.tahun}::smallint, ${DEMO_SEMBAKO_PERIODS.indexOf(s.periode)})`,
    ),
  ].join(", ")}) AS p(program_code, periode, tahap, tahun, m)`,
);

/**
 * How many of a desa's listed Sembako families shop each month, in percent, before a monthly swing of
 * ±5: most desa between 75 and 95, Pucangsimo (2007) clearly low, so the realisasi report has a desa
 * to open. The field studies saw 58–74 % for a whole kecamatan.
 */
const desaRates = sql`(VALUES ('2001', 90), ('2002', 86), ('2003', 82), ('2004', 88), ('2005', 79), ('2006', 93),
  ('2007', 63), ('2008', 81), ('2009', 85), ('2010', 76), ('2011', 89)) AS r(desa, base)`;

/**
 * `demo_kartu`: one row per family with an active Sembako or PKH enrolment: its card, its agent (one of
 * its desa's shops) and the card's story. `masalah` marks the few cards with a story (by hash rank, so
 * the counts are exact): nine cards of Sembako-only families in Pucangsimo collected by the PSM (the
 * planted fraud, `urut` 1 is the family whose pengurus died), four blocked in December, three lost in
 * November, three replaced on 6 October (`kartu_baru`).
 *
 * `demo_plan`: one row per listed family per period: the nominal, the card on the list and the card
 * used, the injection, the schedule day and queue slot, and what happened (`hasil`): penuh, dua (two
 * purchases), sebagian150/100, ulang (failed, then paid), saldo_nol, kartu (card refused), blokir,
 * belum_injeksi, absen, hilang, titip (the fraud's burst, written separately). Temporary tables of the
 * loading transaction.
 */
export async function createDemoPlan(tx: TDb): Promise<void> {
  await tx.execute(sql`CREATE TEMP TABLE demo_kartu ON COMMIT DROP AS
    WITH fam AS (
      SELECT e.kab_code, e.no_kk, min(e.desa_code) AS desa_code, min(e.nik_pengurus) AS nik_pengurus,
             min(e.no_kks) AS no_kks, min(e.bank) AS bank, min(e.sejak) AS sejak,
             bool_or(e.program_code = 'SEMBAKO') AS sembako, bool_or(e.program_code = 'PKH') AS pkh
      FROM enrolment e
      WHERE ${inDemoKecamatan("e")} AND e.status = 'aktif'
        AND e.program_code IN ('SEMBAKO', 'PKH') AND e.no_kks IS NOT NULL
      GROUP BY e.kab_code, e.no_kk
    ),
    titip AS (
      SELECT f.*, CASE WHEN f.desa_code = ${`${DEMO_KECAMATAN}.2007`} AND f.sembako AND NOT f.pkh
                       THEN row_number() OVER (PARTITION BY f.desa_code = ${`${DEMO_KECAMATAN}.2007`} AND f.sembako AND NOT f.pkh
                                               ORDER BY ${stableHash(sql`'titip' || f.no_kk`)}, f.no_kk) END AS urut
      FROM fam f
    ),
    masalah AS (
      SELECT t.*, CASE WHEN t.sembako AND coalesce(t.urut, 99) > 9
                       THEN row_number() OVER (PARTITION BY t.sembako AND coalesce(t.urut, 99) > 9
                                               ORDER BY ${stableHash(sql`'kartu' || t.no_kk`)}, t.no_kk) END AS rk
      FROM titip t
    ),
    agents AS (
      SELECT v.id_agen, ${`${DEMO_KECAMATAN}.`} || v.desa AS desa_code, v.mahal,
             row_number() OVER (ORDER BY v.id_agen)::int AS agent_no,
             row_number() OVER (PARTITION BY v.desa ORDER BY v.id_agen)::int AS di_desa,
             count(*) OVER (PARTITION BY v.desa)::int AS n_desa
      FROM ${demoAgents}
    )
    SELECT m.kab_code, m.no_kk, m.desa_code, m.nik_pengurus, m.no_kks, m.bank, m.sejak, m.sembako, m.pkh,
           CASE WHEN m.urut <= 9 THEN 'titip' WHEN m.rk <= 4 THEN 'blokir' WHEN m.rk <= 7 THEN 'hilang'
                WHEN m.rk <= 10 THEN 'ganti' END AS masalah,
           CASE WHEN m.urut <= 9 THEN m.urut END AS urut,
           -- A reprinted card gets a number of its own ('526401…'; first cards are '5264000…').
           CASE WHEN m.rk BETWEEN 8 AND 10
                THEN '526401' || lpad(${stableHash(sql`'kks-baru' || m.no_kk`)}::text, 10, '0') END AS kartu_baru,
           a.id_agen, a.agent_no, a.mahal
    FROM masalah m
    JOIN agents a ON a.desa_code = m.desa_code
     AND a.di_desa = 1 + ${stableHash(sql`'warung' || m.no_kk`)} % a.n_desa`);

  await tx.execute(sql`CREATE TEMP TABLE demo_plan ON COMMIT DROP AS
    WITH per AS MATERIALIZED (
      -- The rules in force for each period, read once: the Sembako amount, and for PKH the yearly index
      -- per component and the number of stages in the year (for families whose stage was not computed).
      SELECT p.*, to_date(p.periode || '-01', 'YYYY-MM-DD') AS mulai,
             (SELECT (r.value->>'nominal')::bigint FROM program_rule r
              WHERE r.program_code = 'SEMBAKO' AND r.rule = 'sembako_nominal'
                AND r.berlaku_mulai <= to_date(p.periode || '-01', 'YYYY-MM-DD')
              ORDER BY r.berlaku_mulai DESC LIMIT 1) AS sembako_nominal,
             (SELECT r.value FROM program_rule r
              WHERE r.program_code = 'PKH' AND r.rule = 'pkh_indeks' AND r.berlaku_mulai <= to_date(p.periode || '-01', 'YYYY-MM-DD')
              ORDER BY r.berlaku_mulai DESC LIMIT 1) AS indeks,
             (SELECT jsonb_array_length(r.value->'tahap') FROM program_rule r
              WHERE r.program_code = 'PKH' AND r.rule = 'tahap' AND r.berlaku_mulai <= make_date(coalesce(p.tahun, 2025), 1, 1)
              ORDER BY r.berlaku_mulai DESC LIMIT 1) AS jumlah_tahap
      FROM ${demoPeriods}
    ),
    -- The computed stages, read once and joined by hash (not probed once per listed row).
    hak AS MATERIALIZED (
      SELECT e.kab_code, e.no_kk, e.tahun, e.tahap, e.nominal FROM pkh_entitlement e
      JOIN ${demoPeriods} ON p.program_code = 'PKH' AND e.tahun = p.tahun AND e.tahap = p.tahap
      WHERE e.kab_code = ${DEMO_KABUPATEN}
    ),
    listed AS (
      SELECT k.*, p.program_code, p.periode, p.tahap, p.m, p.mulai,
             CASE WHEN p.program_code = 'SEMBAKO' THEN p.sembako_nominal
                  -- A stage computed by the programmes module pays its figure; otherwise one or two
                  -- components of the index (a schoolchild, a toddler, an elderly member …) per family.
                  ELSE coalesce(pe.nominal,
                    (p.indeks->>((ARRAY['sd', 'smp', 'anak_usia_dini', 'sma', 'lansia', 'disabilitas_berat', 'hamil'])[1 + k.hk % 7]))::bigint / p.jumlah_tahap
                    + CASE WHEN (k.hk / 7) % 3 > 0
                           THEN (p.indeks->>((ARRAY['sd', 'smp', 'anak_usia_dini', 'sma', 'lansia'])[1 + (k.hk / 7) % 5]))::bigint / p.jumlah_tahap
                           ELSE 0 END) END AS nominal,
             ${stableHash(sql`'hadir' || p.program_code || p.periode || k.no_kk`)} % 100 AS u,
             ${stableHash(sql`'sebab' || p.periode || k.no_kk`)} % 100 AS v,
             ${stableHash(sql`'beli' || p.periode || k.no_kk`)} % 100 AS w,
             r.base + (p.m * 5 + right(k.desa_code, 2)::int * 3) % 11 - 5 AS rate
      FROM (SELECT k.*, ${stableHash(sql`'pkh-komponen' || k.no_kk`)} AS hk FROM demo_kartu k) k
      JOIN per p ON (p.program_code = 'SEMBAKO' AND k.sembako) OR (p.program_code = 'PKH' AND k.pkh)
      JOIN ${desaRates} ON k.desa_code = ${`${DEMO_KECAMATAN}.`} || r.desa
      LEFT JOIN hak pe ON pe.kab_code = k.kab_code AND pe.no_kk = k.no_kk AND pe.tahun = p.tahun AND pe.tahap = p.tahap
      WHERE p.program_code = 'SEMBAKO' OR pe.nominal IS NULL OR pe.nominal > 0
    ),
    decided AS (
      SELECT l.*,
             CASE WHEN l.masalah = 'ganti' AND l.periode >= '2025-11' THEN l.kartu_baru ELSE l.no_kks END AS kartu_daftar,
             CASE WHEN l.masalah = 'ganti' AND l.periode >= '2025-10' THEN l.kartu_baru ELSE l.no_kks END AS kartu_pakai,
             CASE
               WHEN l.masalah = 'titip' AND l.periode = '2025-12' THEN 'titip'
               WHEN l.masalah = 'titip' AND l.periode = '2025-11' THEN 'absen'
               WHEN l.masalah = 'hilang' AND l.periode >= '2025-11' THEN 'hilang'
               WHEN l.masalah = 'blokir' AND l.periode = '2025-12' THEN 'blokir'
               WHEN l.program_code = 'PKH' THEN CASE WHEN l.u < 93 THEN 'penuh' WHEN l.u < 96 THEN 'saldo_nol' ELSE 'absen' END
               WHEN l.u < l.rate THEN CASE WHEN l.w < 8 THEN 'dua' WHEN l.w < 10 THEN 'sebagian150'
                                          WHEN l.w < 12 THEN 'sebagian100' WHEN l.w < 16 THEN 'ulang' ELSE 'penuh' END
               ELSE CASE WHEN l.v < 15 THEN 'belum_injeksi' WHEN l.v < 35 THEN 'saldo_nol'
                         WHEN l.v < 50 THEN 'kartu' ELSE 'absen' END
             END AS hasil
      FROM listed l
    ),
    days AS (
      -- One distribution day a month for a shop of up to 70 families, two a week apart for more; PKH is
      -- withdrawn over three days after the 20th. Never on a Sunday.
      SELECT d.*, count(*) OVER (PARTITION BY d.program_code, d.periode, d.id_agen) AS n_agen,
             CASE WHEN d.program_code = 'SEMBAKO' THEN d.mulai + 5 + (d.agent_no * 3) % 14
                  ELSE d.mulai + 19 + d.agent_no % 5 END AS hari1
      FROM decided d
    ),
    dated AS (
      SELECT d.*,
             CASE WHEN d.program_code = 'PKH' THEN 1 + ${stableHash(sql`'hari' || d.periode || d.no_kk`)} % 3
                  WHEN d.n_agen > 70 THEN 1 + ${stableHash(sql`'hari' || d.periode || d.no_kk`)} % 2
                  ELSE 1 END AS hari_ke,
             d.hari1 + CASE WHEN extract(dow FROM d.hari1) = 0 THEN 1 ELSE 0 END AS hari1_kerja
      FROM days d
    )
    SELECT d.*,
           d.hari1_kerja + CASE WHEN d.program_code = 'SEMBAKO' THEN 7 * (d.hari_ke - 1)
                                WHEN extract(dow FROM d.hari1_kerja + d.hari_ke - 1) = 0 THEN d.hari_ke
                                ELSE d.hari_ke - 1 END AS tanggal,
           row_number() OVER (PARTITION BY d.program_code, d.periode, d.id_agen, d.hari_ke
                              ORDER BY ${stableHash(sql`'antre' || d.periode || d.no_kk`)}, d.no_kk) - 1 AS slot,
           count(*) OVER (PARTITION BY d.program_code, d.periode, d.id_agen, d.hari_ke) AS n_hari
    FROM dated d`);
}
