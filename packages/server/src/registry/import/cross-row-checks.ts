import { sql } from "drizzle-orm";
import type { TDb } from "../../db/database.ts";
import { refuseFindings } from "../../interchange/staged-rows.ts";
import type { TActor } from "../../scope/actor.ts";
import { inScope } from "../../scope/scope.ts";
import { stagingColumns } from "./anggota-staging.ts";

/** Every staged value but the line number: two rows equal on these are the same row twice. */
const comparedColumns = stagingColumns.filter((c) => c !== "line");

/**
 * The checks of an `anggota` file that need the whole file or the registry, as set-based SQL over the
 * staging table. Each marks its rows `rejected` and explains why in `stg_anggota_reject`, in both languages.
 * Order matters: the family check runs last, over the rows still standing. A refusal about a family or a
 * member already in the registry names it only when it lies in the importer's own area; outside it, the
 * reason says no more than that (no No. KK, no kabupaten), so an upload cannot ask the country's registry
 * whether a NIK or a No. KK exists, and where.
 */
export async function runCrossRowChecks(db: TDb, actor: TActor): Promise<void> {
  // Exactly repeated rows: the first stays, the repeats are refused. Repeats share their NIK, so only
  // the rare NIKs seen twice are compared column by column.
  await refuseFindings(
    db,
    "stg_anggota",
    sql`SELECT line, 'baris' AS kolom,
               'baris ini sama persis dengan baris ' || first_line AS alasan_id,
               'this row repeats row ' || first_line AS alasan_en
        FROM (SELECT line, min(line) OVER (PARTITION BY ${sql.raw(comparedColumns.join(", "))}) AS first_line
              FROM stg_anggota WHERE nik IN (SELECT nik FROM stg_anggota GROUP BY nik HAVING count(*) > 1)) r
        WHERE line <> first_line`,
  );
  // One NIK on several (different) rows: which one is right is for the user to say, so all are refused.
  await refuseFindings(
    db,
    "stg_anggota",
    sql`SELECT s.line, 'nik',
               CASE WHEN d.families > 1 THEN 'NIK yang sama ada di KK berbeda pada baris ' ELSE 'NIK yang sama muncul lagi pada baris ' END
                 || array_to_string(d.lines, ', '),
               CASE WHEN d.families > 1 THEN 'the same NIK is in another family card on rows ' ELSE 'the same NIK appears again on rows ' END
                 || array_to_string(d.lines, ', ')
        FROM stg_anggota s
        JOIN (SELECT nik, array_agg(line ORDER BY line) AS lines, count(DISTINCT no_kk) AS families
              FROM stg_anggota WHERE NOT rejected GROUP BY nik HAVING count(*) > 1) d ON d.nik = s.nik
        WHERE NOT s.rejected`,
  );
  // A NIK the registry already holds in another family.
  await refuseFindings(
    db,
    "stg_anggota",
    sql`SELECT s.line, 'nik',
               CASE WHEN v.inside
                 THEN 'NIK sudah terdaftar di KK lain (' || left(a.no_kk, 4) || '••••••••' || right(a.no_kk, 4) || ')'
                 ELSE 'NIK sudah terdaftar di KK lain di luar wilayah Anda; pindah antarwilayah diurus Dinas Sosial' END,
               CASE WHEN v.inside
                 THEN 'NIK already registered in another family card (' || left(a.no_kk, 4) || '••••••••' || right(a.no_kk, 4) || ')'
                 ELSE 'NIK already registered in another family card outside your area; a move between areas goes through Dinas Sosial' END
        FROM stg_anggota s JOIN anggota a ON a.nik = s.nik AND a.no_kk <> s.no_kk AND a.status = 'aktif'
        CROSS JOIN LATERAL (SELECT ${inScope(actor, sql`a.desa_code`)} AS inside) v
        WHERE NOT s.rejected`,
  );
  // A family's members must live in one kabupaten, and a known family stays in its own kabupaten.
  await refuseFindings(
    db,
    "stg_anggota",
    sql`SELECT s.line, 'kode_desa',
               'anggota KK ini tercatat di kabupaten ' || h.kab_code || ', bukan ' || s.kab_code,
               'this family card''s members are in kabupaten ' || h.kab_code || ', not ' || s.kab_code
        FROM stg_anggota s
        JOIN (SELECT DISTINCT ON (no_kk) no_kk, kab_code FROM stg_anggota WHERE NOT rejected
              ORDER BY no_kk, (hubungan = 'kepala') DESC, line) h ON h.no_kk = s.no_kk
        WHERE NOT s.rejected AND h.kab_code <> s.kab_code`,
  );
  await refuseFindings(
    db,
    "stg_anggota",
    sql`SELECT s.line, 'no_kk',
               CASE WHEN v.inside THEN 'KK ini sudah terdaftar di kabupaten ' || k.kab_code
                 ELSE 'KK ini sudah terdaftar di luar wilayah Anda; pindah antarwilayah diurus Dinas Sosial' END,
               CASE WHEN v.inside THEN 'this family card is registered in kabupaten ' || k.kab_code
                 ELSE 'this family card is registered outside your area; a move between areas goes through Dinas Sosial' END
        FROM stg_anggota s JOIN keluarga k ON k.no_kk = s.no_kk AND k.kab_code <> s.kab_code AND k.status = 'aktif'
        CROSS JOIN LATERAL (SELECT ${inScope(actor, sql`k.desa_code`)} AS inside) v
        WHERE NOT s.rejected`,
  );
  // After the import every family has exactly one head: count the file's rows together with the
  // registry's active members that the file does not mention.
  await refuseFindings(
    db,
    "stg_anggota",
    sql`WITH fam AS (SELECT DISTINCT kab_code, no_kk FROM stg_anggota WHERE NOT rejected),
        merged AS (
          SELECT s.kab_code, s.no_kk, s.hubungan, s.line FROM stg_anggota s WHERE NOT s.rejected
          UNION ALL
          SELECT a.kab_code, a.no_kk, a.hubungan, NULL FROM anggota a JOIN fam f ON f.kab_code = a.kab_code AND f.no_kk = a.no_kk
          WHERE a.status = 'aktif' AND NOT EXISTS (SELECT 1 FROM stg_anggota s WHERE s.nik = a.nik AND NOT s.rejected)
        ),
        heads AS (SELECT kab_code, no_kk, count(*) FILTER (WHERE hubungan = 'kepala') AS n FROM merged GROUP BY kab_code, no_kk)
        SELECT s.line, 'hubungan',
               CASE WHEN h.n = 0 THEN 'KK ini tidak punya kepala keluarga' ELSE 'KK ini punya ' || h.n || ' kepala keluarga' END,
               CASE WHEN h.n = 0 THEN 'this family card has no head' ELSE 'this family card has ' || h.n || ' heads' END
        FROM stg_anggota s JOIN heads h ON h.kab_code = s.kab_code AND h.no_kk = s.no_kk
        WHERE NOT s.rejected AND h.n <> 1`,
  );
}
