import { pkhComponents, type TPkhIndeks } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { membersOnDateSql } from "./pkh-member-state-sql.ts";

export interface TPkhStageSqlInput {
  tanggal: string;
  indeks: TPkhIndeks;
  maks: number;
  jumlahTahap: number;
  /** A query yielding `(kab_code, no_kk, desa_code)` of the families to compute. */
  families: SQL;
}

/**
 * One family's PKH entitlement per row, set-based: the rules of core `pkhEntitlement`
 * (reference/pkh-index-2021.csv) over the members as they were on the stage's first day. Each member's
 * qualifying components are ranked (highest value, then the reference file's order) and only the first
 * stays as the member's; those are ranked across the family (then by NIK) and the first `maks` count.
 * Columns: kab_code, no_kk, desa_code, nominal (whole rupiah, rounded down), komponen (jsonb array of
 * { nik, komponen, nilai, dihitung, alasan }, in the core function's order).
 */
export function pkhStageSql(input: TPkhStageSqlInput): SQL {
  const { tanggal } = input;
  const v = (c: (typeof pkhComponents)[number]) => sql`${input.indeks[c]}::bigint`;
  const ord = (c: (typeof pkhComponents)[number]) => sql.raw(String(pkhComponents.indexOf(c)));
  // Whole years as integer arithmetic on YYYYMMDD numbers (a 29 February birthday falls on 1 March),
  // computed once per member: per-candidate date functions made this the slowest part by far.
  const onNumber = Number(tanggal.replaceAll("-", ""));
  const key = (c: (typeof pkhComponents)[number]) =>
    sql`${v(c)} * 10 + ${sql.raw(String(9 - pkhComponents.indexOf(c)))}`;
  return sql`
    WITH fam AS (${input.families}),
    -- Materialised: inlined, each candidate below would recompute the age.
    mem AS MATERIALIZED (
      SELECT m.*,
             -- The member's best component as one number (value, then the reference file's order), so
             -- picking each member's component needs no sort: it is the candidate with this key.
             GREATEST(
               CASE WHEN m.hamil IS TRUE THEN ${key("hamil")} END,
               CASE WHEN m.age <= 6 THEN ${key("anak_usia_dini")} END,
               CASE WHEN m.school = 'SD' AND m.age <= 21 THEN ${key("sd")} END,
               CASE WHEN m.school = 'SMP' AND m.age <= 21 THEN ${key("smp")} END,
               CASE WHEN m.school = 'SMA' AND m.age <= 21 THEN ${key("sma")} END,
               CASE WHEN m.disabilitas IS TRUE THEN ${key("disabilitas_berat")} END,
               CASE WHEN m.age >= 70 THEN ${key("lansia")} END) AS best_key
      FROM (
        SELECT m.kab_code, m.no_kk, m.nik, m.hamil, m.disabilitas,
               (${onNumber}::int - (extract(year FROM d)::int * 10000 + extract(month FROM d)::int * 100
                                    + extract(day FROM d)::int)) / 10000 AS age,
               upper(btrim(coalesce(m.pendidikan, ''))) AS school
        FROM (${membersOnDateSql(tanggal, sql`SELECT kab_code, no_kk FROM fam`)}) m
        CROSS JOIN LATERAL (SELECT m.tanggal_lahir::date AS d) born
        WHERE m.aktif) m),
    cand AS (
      SELECT m.kab_code, m.no_kk, m.nik, k.komponen, k.ord, k.nilai,
             k.nilai * 10 + (9 - k.ord) = m.best_key AS is_best
      FROM mem m
      CROSS JOIN LATERAL (VALUES
        ('hamil', ${ord("hamil")}, ${v("hamil")}, m.hamil IS TRUE),
        ('anak_usia_dini', ${ord("anak_usia_dini")}, ${v("anak_usia_dini")}, m.age <= 6),
        ('sd', ${ord("sd")}, ${v("sd")}, m.school = 'SD' AND m.age <= 21),
        ('smp', ${ord("smp")}, ${v("smp")}, m.school = 'SMP' AND m.age <= 21),
        ('sma', ${ord("sma")}, ${v("sma")}, m.school = 'SMA' AND m.age <= 21),
        ('disabilitas_berat', ${ord("disabilitas_berat")}, ${v("disabilitas_berat")}, m.disabilitas IS TRUE),
        ('lansia', ${ord("lansia")}, ${v("lansia")}, m.age >= 70)
      ) AS k(komponen, ord, nilai, qualifies)
      -- Members who qualify for nothing never reach the candidates.
      WHERE m.best_key IS NOT NULL AND k.qualifies
    ),
    ranked AS (
      -- Each member's best components first, in the core order; the n-th of them is the family's n-th.
      SELECT c.*,
             count(*) FILTER (WHERE c.is_best) OVER (
               PARTITION BY c.kab_code, c.no_kk ORDER BY (NOT c.is_best), c.nilai DESC, c.ord, c.nik COLLATE "C"
               ROWS UNBOUNDED PRECEDING) AS family_rank
      FROM cand c
    ),
    per_family AS (
      SELECT kab_code, no_kk,
             coalesce(sum(nilai) FILTER (WHERE is_best AND family_rank <= ${input.maks}), 0)::bigint AS yearly,
             jsonb_agg(jsonb_build_object(
               'nik', nik, 'komponen', komponen, 'nilai', nilai,
               'dihitung', is_best AND family_rank <= ${input.maks},
               'alasan', CASE WHEN NOT is_best THEN 'satu_per_anggota'
                              WHEN family_rank > ${input.maks} THEN 'melebihi_batas' END)
               ORDER BY (NOT is_best), nilai DESC, ord, nik COLLATE "C") AS komponen
      FROM ranked GROUP BY kab_code, no_kk
    )
    SELECT f.kab_code, f.no_kk, f.desa_code,
           coalesce(p.yearly, 0) / ${input.jumlahTahap}::int AS nominal,
           coalesce(p.komponen, '[]'::jsonb) AS komponen
    FROM fam f LEFT JOIN per_family p ON p.kab_code = f.kab_code AND p.no_kk = f.no_kk`;
}
