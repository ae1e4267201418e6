import { type SQL, sql } from "drizzle-orm";

/**
 * Members as they were on a date, in SQL: the one implementation the stage computation and the
 * family's live explanation share (the same rule as core `memberOnDate`, tested against it).
 *
 * The registry keeps current values on `anggota` and every change as a `registry_event` whose `data`
 * holds `changes: { column: { before, after } }` (life events, imports, proposals, duplicate merges).
 * A field's value on date D is the `before` of the earliest change to it after D, else the current
 * value. A change takes effect on its `occurred_on`; import and review events carry none and take
 * effect on the day they were recorded (in WIT, the easternmost zone, as "today" is judged elsewhere).
 * Only events recorded on the member's current family are read (the family index finds them).
 *
 * `families` is a query yielding `(kab_code, no_kk)`; the result has one row per member of those
 * families: kab_code, no_kk, nik, nama, tanggal_lahir (text), pendidikan, hamil, disabilitas, aktif
 * (an active member on D: status then `aktif` and born on or before D).
 */
export function membersOnDateSql(tanggal: string, families: SQL): SQL {
  const effective = sql`coalesce(r.occurred_on, ((r.recorded_at AT TIME ZONE 'UTC') + interval '9 hours')::date)`;
  const changes = sql`CASE WHEN jsonb_typeof(r.data -> 'changes') = 'object' THEN r.data -> 'changes' ELSE '{}'::jsonb END`;
  return sql`
    SELECT a.kab_code, a.no_kk, a.nik, a.nama, a.tanggal_lahir::text AS tanggal_lahir,
           CASE WHEN ch.before ? 'pendidikan' THEN ch.before ->> 'pendidikan' ELSE a.pendidikan END AS pendidikan,
           CASE WHEN ch.before ? 'hamil' THEN (ch.before ->> 'hamil')::boolean ELSE a.hamil END AS hamil,
           CASE WHEN ch.before ? 'disabilitas' THEN (ch.before ->> 'disabilitas')::boolean ELSE a.disabilitas END AS disabilitas,
           (CASE WHEN ch.before ? 'status' THEN ch.before ->> 'status' ELSE a.status END) IS NOT DISTINCT FROM 'aktif'
             AND a.tanggal_lahir <= ${tanggal}::date AS aktif
    FROM (${families}) f
    JOIN anggota a ON a.kab_code = f.kab_code AND a.no_kk = f.no_kk
    LEFT JOIN (
      SELECT kab_code, nik, jsonb_object_agg(field, before) AS before
      FROM (
        SELECT DISTINCT ON (r.kab_code, r.nik, c.key) r.kab_code, r.nik, c.key AS field, c.value -> 'before' AS before
        FROM (${families}) f2
        JOIN registry_event r ON r.kab_code = f2.kab_code AND r.no_kk = f2.no_kk
        CROSS JOIN LATERAL jsonb_each(${changes}) c
        WHERE r.nik IS NOT NULL AND ${effective} > ${tanggal}::date
          AND c.key IN ('pendidikan', 'hamil', 'disabilitas', 'status')
        ORDER BY r.kab_code, r.nik, c.key, ${effective}, r.recorded_at, r.id
      ) first_change
      GROUP BY kab_code, nik
    ) ch ON ch.kab_code = a.kab_code AND ch.nik = a.nik`;
}
