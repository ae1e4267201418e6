import type { TAnggotaCounts } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";

const familyColumns = [
  "desa_code",
  "alamat",
  "rt",
  "rw",
  "desil",
  "status_rumah",
  "lantai",
  "dinding",
  "atap",
  "jamban",
  "sumber_air",
  "daya_listrik",
] as const;
const memberColumns = [
  "no_kk",
  "desa_code",
  "nama",
  "hubungan",
  "jenis_kelamin",
  "tanggal_lahir",
  "pendidikan",
  "pekerjaan",
  "disabilitas",
  "hamil",
] as const;

const list = (columns: readonly string[], prefix = "") =>
  sql.raw(columns.map((c) => `${prefix}${c}`).join(", "));

/** `jsonb` of the columns that differ, as {column: {before, after}}. */
function diffJson(columns: readonly string[], before: string, after: string) {
  return sql.raw(
    `jsonb_strip_nulls(jsonb_build_object(${columns
      .map(
        (c) =>
          `'${c}', CASE WHEN ${before}.${c} IS DISTINCT FROM ${after}.${c} THEN jsonb_build_object('before', ${before}.${c}, 'after', ${after}.${c}) END`,
      )
      .join(", ")}))`,
  );
}

/**
 * Writes the staged rows still standing into the registry, set-based. A family's attributes come
 * from its head's row. Unchanged records are not touched (re-importing a file changes nothing); each
 * changed record leaves an event with what changed, before and after.
 */
export async function mergeAnggota(
  db: TDb,
  context: { jobId: string; actorId: string | null },
): Promise<TAnggotaCounts[]> {
  await db.execute(sql`
    CREATE TEMP TABLE fam_in ON COMMIT DROP AS
    SELECT DISTINCT ON (kab_code, no_kk) kab_code, no_kk, ${list(familyColumns)}
    FROM stg_anggota WHERE NOT rejected AND hubungan = 'kepala' ORDER BY kab_code, no_kk, line`);
  await db.execute(sql`
    CREATE TEMP TABLE fam_changed ON COMMIT DROP AS
    SELECT f.kab_code, f.no_kk, (k.no_kk IS NULL) AS is_new,
           CASE WHEN k.no_kk IS NULL THEN NULL ELSE ${diffJson(familyColumns, "k", "f")} END AS diff
    FROM fam_in f LEFT JOIN keluarga k ON k.kab_code = f.kab_code AND k.no_kk = f.no_kk
    WHERE k.no_kk IS NULL OR (${list(familyColumns, "k.")}) IS DISTINCT FROM (${list(familyColumns, "f.")})`);
  await db.execute(sql`
    INSERT INTO registry_event (kab_code, kind, no_kk, recorded_by, job_id, data)
    SELECT kab_code, 'keluarga_diubah', no_kk, ${context.actorId}, ${context.jobId}, jsonb_build_object('changes', diff)
    FROM fam_changed WHERE NOT is_new`);
  await db.execute(sql`
    INSERT INTO keluarga (kab_code, no_kk, ${list(familyColumns)})
    SELECT f.kab_code, f.no_kk, ${list(familyColumns, "f.")} FROM fam_in f
    JOIN fam_changed c ON c.kab_code = f.kab_code AND c.no_kk = f.no_kk
    ORDER BY f.kab_code, f.no_kk
    ON CONFLICT (kab_code, no_kk) DO UPDATE SET
      ${sql.raw(familyColumns.map((c) => `${c} = EXCLUDED.${c}`).join(", "))}, updated_at = now()`);

  await db.execute(sql`
    CREATE TEMP TABLE mem_changed ON COMMIT DROP AS
    SELECT s.kab_code, s.nik, (a.nik IS NULL) AS is_new,
           CASE WHEN a.nik IS NULL THEN NULL ELSE ${diffJson(memberColumns, "a", "s")} END AS diff
    FROM stg_anggota s LEFT JOIN anggota a ON a.kab_code = s.kab_code AND a.nik = s.nik
    WHERE NOT s.rejected
      AND (a.nik IS NULL OR (${list(memberColumns, "a.")}) IS DISTINCT FROM (${list(memberColumns, "s.")}))`);
  await db.execute(sql`
    INSERT INTO registry_event (kab_code, kind, no_kk, nik, recorded_by, job_id, data)
    SELECT c.kab_code, 'anggota_diubah', s.no_kk, c.nik, ${context.actorId}, ${context.jobId}, jsonb_build_object('changes', c.diff)
    FROM mem_changed c JOIN stg_anggota s ON s.kab_code = c.kab_code AND s.nik = c.nik AND NOT s.rejected
    WHERE NOT c.is_new`);
  await db.execute(sql`
    INSERT INTO anggota (kab_code, nik, ${list(memberColumns)})
    SELECT s.kab_code, s.nik, ${list(memberColumns, "s.")} FROM stg_anggota s
    JOIN mem_changed c ON c.kab_code = s.kab_code AND c.nik = s.nik
    WHERE NOT s.rejected
    -- In key order, the primary-key and NIK indexes fill page by page instead of at random.
    ORDER BY s.kab_code, s.nik
    ON CONFLICT (kab_code, nik) DO UPDATE SET
      ${sql.raw(memberColumns.map((c) => `${c} = EXCLUDED.${c}`).join(", "))}, updated_at = now()`);

  return queryRows<TAnggotaCounts>(
    db,
    sql`SELECT kab_code AS "kabCode",
               sum(fi)::int AS "familiesInserted", sum(fu)::int AS "familiesUpdated",
               sum(mi)::int AS "membersInserted", sum(mu)::int AS "membersUpdated"
        FROM (SELECT kab_code, (is_new)::int AS fi, (NOT is_new)::int AS fu, 0 AS mi, 0 AS mu FROM fam_changed
              UNION ALL
              SELECT kab_code, 0, 0, (is_new)::int, (NOT is_new)::int FROM mem_changed) x
        GROUP BY kab_code ORDER BY kab_code`,
  );
}
