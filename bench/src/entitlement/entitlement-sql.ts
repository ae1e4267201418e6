import { anggotaColumns, keluargaColumns, type TFamilyFiles } from "./family-files.ts";

/** The stage measured: members counted on 1 January 2026, after the events below. */
export const STAGE = { tahun: 2026, tahap: 1, tanggal: "2026-01-01" } as const;

/**
 * Loads the families by COPY, gives every family an `aktif` PKH enrolment, and records school changes
 * and pregnancies after the stage's first day (so the computation must look back through them).
 */
export function loadScript(files: TFamilyFiles): string {
  return `
\\copy keluarga (${keluargaColumns.join(", ")}) FROM '${files.keluarga}' WITH (FORMAT csv)
\\copy anggota (${anggotaColumns.join(", ")}) FROM '${files.anggota}' WITH (FORMAT csv)
INSERT INTO enrolment (kab_code, program_code, no_kk, desa_code, nik_pengurus, status, sejak)
SELECT k.kab_code, 'PKH', k.no_kk, k.desa_code, coalesce(h.nik, ''), 'aktif', DATE '2020-01-01'
FROM keluarga k
LEFT JOIN anggota h ON h.kab_code = k.kab_code AND h.no_kk = k.no_kk AND h.hubungan = 'kepala';
INSERT INTO registry_event (kab_code, kind, no_kk, nik, occurred_on, data)
SELECT kab_code, 'sekolah', no_kk, nik, DATE '2026-02-15',
       jsonb_build_object('changes', jsonb_build_object('pendidikan', jsonb_build_object('before', 'SD', 'after', pendidikan)))
FROM anggota WHERE pendidikan IN ('SMP', 'SMA') AND abs(hashtext(nik)) % 4 = 0;
INSERT INTO registry_event (kab_code, kind, no_kk, nik, occurred_on, data)
SELECT kab_code, 'hamil', no_kk, nik, DATE '2026-03-10',
       jsonb_build_object('changes', jsonb_build_object('hamil', jsonb_build_object('before', false, 'after', true)))
FROM anggota WHERE hamil;
ANALYZE;
SELECT (SELECT count(*) FROM keluarga) || ' ' || (SELECT count(*) FROM anggota) || ' ' || (SELECT count(*) FROM registry_event);
`;
}

/**
 * The floor: the simplest statement computing the same amounts into a temporary table. The same
 * reading of members on the date (the first change after it gives the earlier value), each member's
 * best component by GREATEST instead of ranked candidates, the highest four per family; no scope
 * filter, no explanation (jsonb), no upsert, no audit.
 */
export function floorScript(): string {
  const d = `DATE '${STAGE.tanggal}'`;
  return `
CREATE TEMP TABLE floor_pkh AS
WITH ix AS (
  SELECT value AS v FROM program_rule WHERE program_code = 'PKH' AND rule = 'pkh_indeks' AND berlaku_mulai <= ${d}
  ORDER BY berlaku_mulai DESC LIMIT 1),
ch AS (
  SELECT DISTINCT ON (r.kab_code, r.nik, c.key) r.kab_code, r.nik, c.key, c.value -> 'before' AS b
  FROM registry_event r, jsonb_each(r.data -> 'changes') c
  WHERE r.nik IS NOT NULL AND coalesce(r.occurred_on, r.recorded_at::date) > ${d}
  ORDER BY r.kab_code, r.nik, c.key, coalesce(r.occurred_on, r.recorded_at::date), r.recorded_at),
piv AS (
  SELECT kab_code, nik,
         bool_or(key = 'pendidikan') AS has_p, max(b #>> '{}') FILTER (WHERE key = 'pendidikan') AS p,
         bool_or(key = 'hamil') AS has_h, bool_or((b #>> '{}')::boolean) FILTER (WHERE key = 'hamil') AS h,
         bool_or(key = 'disabilitas') AS has_d, bool_or((b #>> '{}')::boolean) FILTER (WHERE key = 'disabilitas') AS d,
         bool_or(key = 'status') AS has_s, max(b #>> '{}') FILTER (WHERE key = 'status') AS s
  FROM ch GROUP BY kab_code, nik),
m AS (
  SELECT a.kab_code, a.no_kk,
         date_part('year', age(${d}, a.tanggal_lahir)) AS age,
         upper(btrim(CASE WHEN piv.has_p THEN piv.p ELSE a.pendidikan END)) AS sch,
         CASE WHEN piv.has_h THEN piv.h ELSE a.hamil END AS hamil,
         CASE WHEN piv.has_d THEN piv.d ELSE a.disabilitas END AS dis
  FROM enrolment e
  JOIN anggota a ON a.kab_code = e.kab_code AND a.no_kk = e.no_kk
  LEFT JOIN piv ON piv.kab_code = a.kab_code AND piv.nik = a.nik
  WHERE e.program_code = 'PKH' AND e.status = 'aktif' AND e.sejak <= ${d} AND a.tanggal_lahir <= ${d}
    AND (CASE WHEN piv.has_s THEN piv.s ELSE a.status END) = 'aktif'),
best AS (
  SELECT m.kab_code, m.no_kk, GREATEST(
    CASE WHEN m.hamil THEN (ix.v ->> 'hamil')::bigint ELSE 0 END,
    CASE WHEN m.age <= 6 THEN (ix.v ->> 'anak_usia_dini')::bigint ELSE 0 END,
    CASE WHEN m.sch = 'SD' AND m.age <= 21 THEN (ix.v ->> 'sd')::bigint ELSE 0 END,
    CASE WHEN m.sch = 'SMP' AND m.age <= 21 THEN (ix.v ->> 'smp')::bigint ELSE 0 END,
    CASE WHEN m.sch = 'SMA' AND m.age <= 21 THEN (ix.v ->> 'sma')::bigint ELSE 0 END,
    CASE WHEN m.dis THEN (ix.v ->> 'disabilitas_berat')::bigint ELSE 0 END,
    CASE WHEN m.age >= 70 THEN (ix.v ->> 'lansia')::bigint ELSE 0 END) AS v
  FROM m, ix),
ranked AS (
  SELECT kab_code, no_kk, v, row_number() OVER (PARTITION BY kab_code, no_kk ORDER BY v DESC) AS rn
  FROM best WHERE v > 0)
SELECT e.kab_code, e.no_kk, coalesce(sum(r.v) FILTER (WHERE r.rn <= 4), 0) / 4 AS nominal
FROM enrolment e LEFT JOIN ranked r ON r.kab_code = e.kab_code AND r.no_kk = e.no_kk
WHERE e.program_code = 'PKH' AND e.status = 'aktif' AND e.sejak <= ${d}
GROUP BY e.kab_code, e.no_kk;
SELECT count(*) || ' ' || sum(nominal) FROM floor_pkh;
`;
}
