import { IMPORT_REASON, type TPesertaCounts } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";

const CLOSED = sql`('dihentikan', 'graduasi')`;

/**
 * Applies the accepted rows set-based. A row is the family's state in the programme since `sejak`: with no
 * open enrolment one is created in that state (a closed state already recorded last is left alone); an
 * open one in another state moves along the table; the same state changes nothing but the card details.
 * Every state change writes one `enrolment_transition` row, marked with the import's job.
 */
export async function mergePeserta(
  db: TDb,
  context: { jobId: string; actorId: string },
): Promise<TPesertaCounts[]> {
  const alasan = IMPORT_REASON;
  const created = await queryRows<{ kab_code: string; n: number }>(
    db,
    sql`WITH ins AS (
          INSERT INTO enrolment (kab_code, program_code, no_kk, desa_code, nik_pengurus, status, sejak, no_kks, bank, created_by)
          SELECT s.kab_code, s.program, s.no_kk, s.desa_code, s.nik_pengurus, s.status, s.sejak, s.no_kks, s.bank, ${context.actorId}::uuid
          FROM stg_peserta s
          WHERE NOT s.rejected AND s.enrolment_id IS NULL
            AND NOT (s.status IN ${CLOSED} AND s.last_status IS NOT DISTINCT FROM s.status)
          ORDER BY s.kab_code, s.no_kk
          RETURNING kab_code, id, status, sejak
        ), tr AS (
          INSERT INTO enrolment_transition (kab_code, enrolment_id, from_status, to_status, tanggal, alasan, actor_id, job_id)
          SELECT kab_code, id, NULL, status, sejak, ${alasan}, ${context.actorId}::uuid, ${context.jobId}::uuid FROM ins
          RETURNING kab_code
        )
        SELECT kab_code, count(*)::int AS n FROM tr GROUP BY kab_code`,
  );
  const transitioned = await queryRows<{ kab_code: string; n: number }>(
    db,
    sql`WITH upd AS (
          UPDATE enrolment e SET status = s.status, sejak = s.sejak, nik_pengurus = s.nik_pengurus,
                 no_kks = coalesce(s.no_kks, e.no_kks), bank = coalesce(s.bank, e.bank), updated_at = now()
          FROM stg_peserta s
          WHERE NOT s.rejected AND e.kab_code = s.kab_code AND e.id = s.enrolment_id AND s.status <> s.cur_status
          RETURNING e.kab_code, e.id, s.cur_status, e.status, e.sejak
        ), tr AS (
          INSERT INTO enrolment_transition (kab_code, enrolment_id, from_status, to_status, tanggal, alasan, actor_id, job_id)
          SELECT kab_code, id, cur_status, status, sejak, ${alasan}, ${context.actorId}::uuid, ${context.jobId}::uuid FROM upd
          RETURNING kab_code
        )
        SELECT kab_code, count(*)::int AS n FROM tr GROUP BY kab_code`,
  );
  const updated = await queryRows<{ kab_code: string; n: number }>(
    db,
    sql`WITH upd AS (
          UPDATE enrolment e SET nik_pengurus = s.nik_pengurus, no_kks = coalesce(s.no_kks, e.no_kks),
                 bank = coalesce(s.bank, e.bank), updated_at = now()
          FROM stg_peserta s
          WHERE NOT s.rejected AND e.kab_code = s.kab_code AND e.id = s.enrolment_id AND s.status = s.cur_status
            AND (e.nik_pengurus, coalesce(s.no_kks, e.no_kks), coalesce(s.bank, e.bank))
                IS DISTINCT FROM (s.nik_pengurus, e.no_kks, e.bank)
          RETURNING e.kab_code
        )
        SELECT kab_code, count(*)::int AS n FROM upd GROUP BY kab_code`,
  );
  const accepted = await queryRows<{ kab_code: string; n: number }>(
    db,
    sql`SELECT kab_code, count(*)::int AS n FROM stg_peserta WHERE NOT rejected GROUP BY kab_code`,
  );
  const count = (rows: { kab_code: string; n: number }[], kab: string) =>
    rows.find((r) => r.kab_code === kab)?.n ?? 0;
  return accepted
    .map(({ kab_code, n }) => {
      const counts = {
        kabCode: kab_code,
        created: count(created, kab_code),
        transitioned: count(transitioned, kab_code),
        updated: count(updated, kab_code),
      };
      return { ...counts, unchanged: n - counts.created - counts.transitioned - counts.updated };
    })
    .sort((a, b) => a.kabCode.localeCompare(b.kabCode));
}
