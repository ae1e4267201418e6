import type { TAgenCounts } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit.ts";
import { queryRows, type TDb } from "../../db/database.ts";
import { AGEN_STAGING as T } from "./agen-staging.ts";

interface TAgentValues {
  nama: string;
  desa_code: string;
  bank: string;
  alamat: string | null;
  lat: number | null;
  lon: number | null;
}

/**
 * Upserts the accepted agents on (kab_code, id_agen): a new one is created, a changed one updated, an
 * identical one left alone (so importing the same file again changes nothing). Each changed agent is
 * audited with its values before and after; the linked login and the active flag are never a file's.
 */
export async function mergeAgen(
  db: TDb,
  context: { jobId: string; actorId: string },
): Promise<TAgenCounts[]> {
  await db.execute(sql`
    CREATE TEMP TABLE stg_agen_before ON COMMIT DROP AS
    SELECT a.kab_code, a.id_agen, a.nama, a.desa_code, a.bank, a.alamat, a.lat, a.lon
    FROM agen a JOIN ${sql.raw(T)} s ON a.kab_code = s.kab_code AND a.id_agen = s.id_agen WHERE NOT s.rejected`);
  const done = await queryRows<{ kab_code: string; id_agen: string; inserted: boolean; after: TAgentValues }>(
    db,
    sql`INSERT INTO agen AS a (kab_code, id_agen, nama, desa_code, bank, alamat, lat, lon, job_id)
        SELECT s.kab_code, s.id_agen, s.nama, s.desa_code, s.bank, s.alamat, s.lat, s.lon, ${context.jobId}::uuid
        FROM ${sql.raw(T)} s WHERE NOT s.rejected ORDER BY s.kab_code, s.id_agen
        ON CONFLICT (kab_code, id_agen) DO UPDATE
          SET nama = EXCLUDED.nama, desa_code = EXCLUDED.desa_code, bank = EXCLUDED.bank, alamat = EXCLUDED.alamat,
              lat = EXCLUDED.lat, lon = EXCLUDED.lon, job_id = EXCLUDED.job_id, updated_at = now()
          WHERE (a.nama, a.desa_code, a.bank, a.alamat, a.lat, a.lon)
                IS DISTINCT FROM (EXCLUDED.nama, EXCLUDED.desa_code, EXCLUDED.bank, EXCLUDED.alamat, EXCLUDED.lat, EXCLUDED.lon)
        RETURNING a.kab_code, a.id_agen, (a.xmax = 0) AS inserted,
                  json_build_object('nama', a.nama, 'desa_code', a.desa_code, 'bank', a.bank, 'alamat', a.alamat,
                                    'lat', a.lat, 'lon', a.lon) AS after`,
  );
  const before = await queryRows<TAgentValues & { kab_code: string; id_agen: string }>(
    db,
    sql`SELECT * FROM stg_agen_before`,
  );
  const beforeOf = new Map(before.map((b) => [`${b.kab_code}|${b.id_agen}`, b]));
  const accepted = await queryRows<{ kab_code: string; n: number }>(
    db,
    sql.raw(
      `SELECT kab_code, count(*)::int AS n FROM ${T} WHERE NOT rejected GROUP BY kab_code ORDER BY kab_code`,
    ),
  );
  const counts: TAgenCounts[] = [];
  for (const { kab_code: kabCode, n } of accepted) {
    const mine = done.filter((d) => d.kab_code === kabCode);
    const updates = mine.filter((d) => !d.inserted);
    if (updates.length > 0) {
      await writeAudit(db, {
        wilayahCode: kabCode,
        actorId: context.actorId,
        action: "agent.update",
        entityType: "job",
        entityId: context.jobId,
        data: {
          updates: updates.map((u) => {
            const b = beforeOf.get(`${u.kab_code}|${u.id_agen}`);
            const { kab_code: _k, id_agen: _i, ...was } = b ?? ({} as Partial<(typeof before)[number]>);
            return { idAgen: u.id_agen, before: b ? was : null, after: u.after };
          }),
        },
      });
    }
    const created = mine.length - updates.length;
    counts.push({ kabCode, created, updated: updates.length, unchanged: n - created - updates.length });
  }
  return counts;
}
