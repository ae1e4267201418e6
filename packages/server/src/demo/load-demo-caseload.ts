import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import { inRegion } from "../scope/region-sql.ts";
import { inDemoKecamatan, stableUuid } from "./demo-sql.ts";
import { DEMO_KABUPATEN, DEMO_KECAMATAN } from "./demo-users.ts";

/** The demo's assignments start on this date. */
const ASSIGNED_FROM = "2024-01-01";

/**
 * The companions' work in the demo: the TKSK for every desa of the kecamatan, each PKH companion and
 * each PSM for the desa of their scope, each PKH companion for the PKH families (open enrolments) of
 * those desa; and an approximate map point for each desa (around -7.57, 112.13, a few km apart).
 * Set-based and keyed by data: a second load adds nothing. One audit row when anything was added.
 */
export async function loadDemoCaseload(
  db: TDb,
): Promise<{ desaAssignments: number; familyAssignments: number; locations: number }> {
  return db.transaction(async (tx) => {
    const [desa] = await queryRows<{ n: number }>(
      tx,
      sql`WITH assigned AS (
            SELECT u.id AS user_id, w.code AS desa_code FROM users u
            JOIN wilayah w ON w.parent_code = ${DEMO_KECAMATAN}
            WHERE u.is_demo AND u.username = 'tksk'
            UNION
            SELECT u.id, s.wilayah_code FROM users u JOIN user_scope s ON s.user_id = u.id
            WHERE u.is_demo AND u.role IN ('pendamping_pkh', 'psm') AND ${inRegion(sql`s.wilayah_code`, DEMO_KECAMATAN)}
          ),
          ins AS (
            INSERT INTO companion_desa (kab_code, id, user_id, desa_code, mulai)
            SELECT ${DEMO_KABUPATEN}, ${stableUuid(sql`'demo-desa:' || a.user_id::text || ':' || a.desa_code`)},
                   a.user_id, a.desa_code, ${ASSIGNED_FROM}::date
            FROM assigned a
            ON CONFLICT DO NOTHING
            RETURNING 1
          )
          SELECT count(*)::int AS n FROM ins`,
    );
    const [families] = await queryRows<{ n: number }>(
      tx,
      sql`WITH pkh AS (
            SELECT DISTINCT e.kab_code, e.no_kk, e.desa_code FROM enrolment e
            WHERE ${inDemoKecamatan("e")} AND e.program_code = 'PKH'
              AND e.status IN ('aktif', 'ditangguhkan')
          ),
          ins AS (
            INSERT INTO companion_family (kab_code, id, no_kk, desa_code, user_id, mulai)
            SELECT p.kab_code, ${stableUuid(sql`'demo-family:' || p.no_kk`)}, p.no_kk, p.desa_code, u.id,
                   ${ASSIGNED_FROM}::date
            FROM pkh p
            JOIN user_scope s ON s.wilayah_code = p.desa_code
            JOIN users u ON u.id = s.user_id AND u.is_demo AND u.role = 'pendamping_pkh'
            ON CONFLICT DO NOTHING
            RETURNING 1
          )
          SELECT count(*)::int AS n FROM ins`,
    );
    // Approximate points on two rows about 2 km apart, each desa about 1.7 km from the next.
    const [locations] = await queryRows<{ n: number }>(
      tx,
      sql`WITH desa AS (
            SELECT code, (row_number() OVER (ORDER BY code) - 1)::int AS i FROM wilayah WHERE parent_code = ${DEMO_KECAMATAN}
          ),
          ins AS (
            INSERT INTO wilayah_location (code, lat, lon, sumber)
            SELECT code, -7.55 - (i % 2) * 0.018 - (i / 2) * 0.004, 112.10 + (i / 2) * 0.015 + (i % 2) * 0.006, 'demo'
            FROM desa
            ON CONFLICT (code) DO NOTHING
            RETURNING 1
          )
          SELECT count(*)::int AS n FROM ins`,
    );
    const result = {
      desaAssignments: desa?.n ?? 0,
      familyAssignments: families?.n ?? 0,
      locations: locations?.n ?? 0,
    };
    if (result.desaAssignments + result.familyAssignments + result.locations > 0) {
      await writeAudit(tx, {
        wilayahCode: DEMO_KECAMATAN,
        actorId: null,
        action: "demo.caseload",
        entityType: "system",
        entityId: "demo",
        data: result,
      });
    }
    return result;
  });
}
