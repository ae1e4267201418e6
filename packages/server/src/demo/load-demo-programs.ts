import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import { inDemoKecamatan, stableHash, stableUuid } from "./demo-sql.ts";
import { DEMO_KECAMATAN } from "./demo-users.ts";

/** Sizes of the demo's programmes in Bandarkedungmulyo (of about 2,500 families). */
export const DEMO_SEMBAKO = 1_500;
export const DEMO_PKH = 700;
/** Members are counted for PKH components as on this date, so the demo is the same whenever it loads. */
const COMPONENT_DATE = "2025-01-01";

/**
 * The families of the demo "left out": a quarter of desil 1–4 by hash, in no programme and given no
 * gift, so the overlap view shows eligible families without aid, as the field studies report.
 */
export function leftOut(noKk: ReturnType<typeof sql>, desil: ReturnType<typeof sql>) {
  return sql`(${desil} BETWEEN 1 AND 4 AND ${stableHash(noKk)} % 4 = 0)`;
}

/**
 * Sembako and PKH enrolments for the demo's families, set-based: Sembako to the poorest first (desil
 * 1–4, then up the deciles, as real lists include some better-off families), PKH to families with a
 * component (a child, a pregnant woman, an elderly or disabled member). The card holder is the wife or
 * a mother heading the family, else the head. Each enrolment gets its history (calon → tervalidasi →
 * aktif), a few are suspended or ended with a reason. Ids are derived from the data: a second load adds
 * nothing. One audit row when anything was added.
 */
export async function loadDemoPrograms(db: TDb): Promise<{ enrolments: number; transitions: number }> {
  const [actor] = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM users WHERE username = 'dinsos' AND is_demo`,
  );
  if (!actor) return { enrolments: 0, transitions: 0 };
  return db.transaction(async (tx) => {
    const [enrolled] = await queryRows<{ n: number }>(
      tx,
      sql`WITH fam AS (
            SELECT k.kab_code, k.no_kk, k.desa_code, k.desil, ${stableHash(sql`k.no_kk`)} AS h,
                   ${leftOut(sql`k.no_kk`, sql`k.desil`)} AS left_out,
                   -- A scalar subquery per family on the member No. KK index. An EXISTS became a join, and a
                   -- kab_code condition drew in a kab_code-led index, each planned without statistics (the
                   -- embedded database has no autovacuum) and taking seconds. The importer keeps a No. KK
                   -- in one kabupaten, and the demo is one kabupaten.
                   coalesce((SELECT bool_or(a.hamil IS TRUE OR a.disabilitas IS TRUE
                                            OR a.tanggal_lahir > ${COMPONENT_DATE}::date - interval '18 years'
                                            OR a.tanggal_lahir <= ${COMPONENT_DATE}::date - interval '70 years')
                             FROM anggota a WHERE a.no_kk = k.no_kk AND a.status = 'aktif'),
                            FALSE) AS component
            FROM keluarga k WHERE ${inDemoKecamatan("k")} AND k.status = 'aktif'
          ),
          sembako AS (
            SELECT 'SEMBAKO' AS program, f.* FROM fam f WHERE NOT f.left_out
            ORDER BY (f.desil BETWEEN 1 AND 4) DESC, coalesce(f.desil, 11), f.h LIMIT ${DEMO_SEMBAKO}
          ),
          pkh AS (
            SELECT 'PKH' AS program, f.* FROM fam f WHERE NOT f.left_out AND f.component
            ORDER BY (f.desil BETWEEN 1 AND 4) DESC, coalesce(f.desil, 11), f.h LIMIT ${DEMO_PKH}
          ),
          chosen AS (
            SELECT s.*, ${stableHash(sql`s.program || s.no_kk`)} AS h2,
                   (SELECT a.nik FROM anggota a
                    WHERE a.no_kk = s.no_kk AND a.status = 'aktif'
                      AND a.hubungan IN ('istri', 'kepala')
                    ORDER BY (a.hubungan = 'istri') DESC, a.nik LIMIT 1) AS nik_pengurus
            FROM (SELECT * FROM sembako UNION ALL SELECT * FROM pkh) s
          ),
          ins AS (
            INSERT INTO enrolment (kab_code, id, program_code, no_kk, desa_code, nik_pengurus, status, sejak,
                                   no_kks, bank, created_by)
            SELECT c.kab_code, ${stableUuid(sql`'demo-enrolment:' || c.program || ':' || c.no_kk`)}, c.program, c.no_kk,
                   c.desa_code, c.nik_pengurus,
                   CASE WHEN c.h2 % 40 = 0 THEN 'ditangguhkan'
                        WHEN c.h2 % 40 = 1 THEN (CASE WHEN c.program = 'PKH' THEN 'graduasi' ELSE 'dihentikan' END)
                        ELSE 'aktif' END,
                   CASE WHEN c.h2 % 40 = 0 THEN DATE '2025-08-01'
                        WHEN c.h2 % 40 = 1 THEN DATE '2025-06-30'
                        ELSE make_date(2021 + c.h2 % 3, 3, 1) END,
                   -- One KKS card per family serves both programmes (docs/domain.md): derived from the No. KK alone.
                   '5264' || lpad((${stableHash(sql`'kks' || c.no_kk`)} % 1000000000000)::text, 12, '0'),
                   (ARRAY['BNI', 'BRI', 'Mandiri'])[1 + c.h % 3],
                   ${actor.id}
            FROM chosen c WHERE c.nik_pengurus IS NOT NULL
            ON CONFLICT DO NOTHING
            RETURNING 1
          )
          SELECT count(*)::int AS n FROM ins`,
    );
    const [history] = await queryRows<{ n: number }>(
      tx,
      sql`WITH demo AS (
            SELECT e.kab_code, e.id, e.status, e.program_code, ${stableHash(sql`e.program_code || e.no_kk`)} AS h2
            FROM enrolment e
            WHERE ${inDemoKecamatan("e")}
              AND e.id = ${stableUuid(sql`'demo-enrolment:' || e.program_code || ':' || e.no_kk`)}
          ),
          steps AS (
            SELECT d.kab_code, d.id, 1 AS step, NULL::text AS from_status, 'calon' AS to_status,
                   make_date(2021 + d.h2 % 3, 1, 11) AS tanggal, 'Ditetapkan dari DTKS' AS alasan FROM demo d
            UNION ALL
            SELECT d.kab_code, d.id, 2, 'calon', 'tervalidasi', make_date(2021 + d.h2 % 3, 2, 15),
                   'Validasi pada pertemuan awal' FROM demo d
            UNION ALL
            SELECT d.kab_code, d.id, 3, 'tervalidasi', 'aktif', make_date(2021 + d.h2 % 3, 3, 1),
                   'Penyaluran pertama' FROM demo d
            UNION ALL
            SELECT d.kab_code, d.id, 4, 'aktif', d.status,
                   CASE WHEN d.status = 'ditangguhkan' THEN DATE '2025-08-01' ELSE DATE '2025-06-30' END,
                   CASE d.status
                     WHEN 'ditangguhkan' THEN CASE WHEN d.program_code = 'PKH'
                       THEN 'Anak tidak hadir di sekolah tiga bulan berturut-turut'
                       ELSE 'Saldo KKS tidak dibelanjakan tiga bulan berturut-turut' END
                     WHEN 'graduasi' THEN 'Graduasi mandiri: usaha warung keluarga sudah mencukupi'
                     ELSE 'Hasil verval 2025: keluarga tidak lagi memenuhi kriteria' END
            FROM demo d WHERE d.status <> 'aktif'
          ),
          ins AS (
            INSERT INTO enrolment_transition (kab_code, id, enrolment_id, from_status, to_status, tanggal, alasan, actor_id)
            SELECT s.kab_code, ${stableUuid(sql`s.id::text || ':' || s.step`)}, s.id, s.from_status, s.to_status,
                   s.tanggal, s.alasan, ${actor.id}
            FROM steps s
            ON CONFLICT DO NOTHING
            RETURNING 1
          )
          SELECT count(*)::int AS n FROM ins`,
    );
    const result = { enrolments: enrolled?.n ?? 0, transitions: history?.n ?? 0 };
    if (result.enrolments + result.transitions > 0) {
      await writeAudit(tx, {
        wilayahCode: DEMO_KECAMATAN,
        actorId: null,
        action: "demo.programs",
        entityType: "system",
        entityId: "demo",
        data: result,
      });
    }
    return result;
  });
}
