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
  return sql`
    WITH fam AS (${input.families}),
    -- Materialised: inlined, each candidate below would recompute the age.
    mem AS MATERIALIZED (
      SELECT m.kab_code, m.no_kk, m.nik, m.hamil, m.disabilitas,
             (${onNumber}::int - (extract(year FROM d)::int * 10000 + extract(month FROM d)::int * 100
                             + extract(day FROM d)::int)) / 10000 AS age,
             upper(btrim(coalesce(m.pendidikan, ''))) AS school
      FROM (${membersOnDateSql(tanggal, sql`SELECT kab_code, no_kk FROM fam`)}) m
      CROSS JOIN LATERAL (SELECT m.tanggal_lahir::date AS d) born
      WHERE m.aktif),
    cand AS (
      SELECT m.kab_code, m.no_kk, m.nik, k.komponen, k.ord, k.nilai,
             row_number() OVER (PARTITION BY m.kab_code, m.nik ORDER BY k.nilai DESC, k.ord) AS member_rank
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
      -- Members who can qualify for nothing never reach the candidates.
      WHERE k.qualifies
        AND (m.hamil IS TRUE OR m.disabilitas IS TRUE OR m.age <= 6 OR m.age >= 70
             OR (m.school IN ('SD', 'SMP', 'SMA') AND m.age <= 21))
    ),
    ranked AS (
      SELECT c.*,
             CASE WHEN member_rank = 1
               THEN row_number() OVER (PARTITION BY c.kab_code, c.no_kk, (member_rank = 1)
                                       ORDER BY c.nilai DESC, c.ord, c.nik COLLATE "C")
             END AS family_rank
      FROM cand c
    ),
    per_family AS (
      SELECT kab_code, no_kk,
             coalesce(sum(nilai) FILTER (WHERE family_rank <= ${input.maks}), 0)::bigint AS yearly,
             jsonb_agg(jsonb_build_object(
               'nik', nik, 'komponen', komponen, 'nilai', nilai,
               'dihitung', coalesce(family_rank <= ${input.maks}, false),
               'alasan', CASE WHEN member_rank > 1 THEN 'satu_per_anggota'
                              WHEN family_rank > ${input.maks} THEN 'melebihi_batas' END)
               ORDER BY (member_rank > 1), nilai DESC, ord, nik COLLATE "C") AS komponen
      FROM ranked GROUP BY kab_code, no_kk
    )
    SELECT f.kab_code, f.no_kk, f.desa_code,
           coalesce(p.yearly, 0) / ${input.jumlahTahap}::int AS nominal,
           coalesce(p.komponen, '[]'::jsonb) AS komponen
    FROM fam f LEFT JOIN per_family p ON p.kab_code = f.kab_code AND p.no_kk = f.no_kk`;
}
