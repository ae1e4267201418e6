import type { TScheduleFamily, TScheduleSummary } from "@kawal/core";
import { maskNumber } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { inAgentScope } from "../../scope/agent-scope.ts";
import { regionRefOf } from "../../wilayah/wilayah-views.ts";

/** A schedule day as read for lists and the detail; `kab_code` stays on the server. */
export interface TScheduleRow extends TScheduleSummary {
  kabCode: string;
}

interface TRawSchedule {
  kab_code: string;
  id: string;
  program_code: string;
  periode: string;
  id_agen: string;
  agen_nama: string | null;
  desa_code: string;
  desa_name: string | null;
  tanggal: string;
  jam_mulai: string;
  jam_selesai: string;
  catatan: string | null;
  families: number;
  nominal: string | number | null;
  created_at: string | Date;
}

/** The rows an actor may see: its wilayah, and for an agent's login only its own shop's days. */
export function scheduleVisible(actor: TActor): SQL {
  return inAgentScope(actor, sql`j.desa_code`, sql`j.id_agen`);
}

/** Schedule days matching `where` (over `j`, the jadwal_penyaluran row), with family counts and amounts. */
export async function selectSchedules(db: TDb, where: SQL, limit = 1000): Promise<TScheduleRow[]> {
  const rows = await queryRows<TRawSchedule>(
    db,
    sql`SELECT j.kab_code, j.id, j.program_code, j.periode, j.id_agen, a.nama AS agen_nama, j.desa_code,
               w.name AS desa_name, j.tanggal::text AS tanggal, to_char(j.jam_mulai, 'HH24:MI') AS jam_mulai,
               to_char(j.jam_selesai, 'HH24:MI') AS jam_selesai, j.catatan, j.created_at,
               coalesce(f.families, 0)::int AS families, coalesce(f.nominal, 0) AS nominal
        FROM jadwal_penyaluran j
        LEFT JOIN agen a ON a.kab_code = j.kab_code AND a.id_agen = j.id_agen
        LEFT JOIN wilayah w ON w.code = j.desa_code
        LEFT JOIN LATERAL (
          SELECT count(*) AS families, sum(d.nominal) AS nominal
          FROM jadwal_keluarga jk
          LEFT JOIN daftar_bayar d ON d.kab_code = jk.kab_code AND d.program_code = jk.program_code
                                  AND d.periode = jk.periode AND d.no_kk = jk.no_kk
          WHERE jk.kab_code = j.kab_code AND jk.jadwal_id = j.id
        ) f ON TRUE
        WHERE ${where}
        ORDER BY j.tanggal, j.jam_mulai, a.nama, j.id
        LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    kabCode: r.kab_code,
    id: r.id,
    program: r.program_code,
    periode: r.periode,
    agen: { idAgen: r.id_agen, nama: r.agen_nama ?? r.id_agen },
    desa: regionRefOf(r.desa_code, r.desa_name),
    tanggal: r.tanggal,
    jamMulai: r.jam_mulai,
    jamSelesai: r.jam_selesai,
    catatan: r.catatan,
    families: Number(r.families),
    nominal: Number(r.nominal ?? 0),
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

/** Strips the server-only key before a row is answered. */
export function summaryOf(row: TScheduleRow): TScheduleSummary {
  const { kabCode: _kab, ...summary } = row;
  return summary;
}

interface TRawFamily {
  family_id: string | null;
  no_kk: string;
  no_kks: string | null;
  nama: string | null;
  nominal: string | number | null;
}

/**
 * A day's families with the card holder's name (the head's when the holder is not in the registry),
 * ordered by name as the agent calls them. Numbers are masked here, before anything leaves the server.
 */
export async function scheduleFamilies(db: TDb, schedule: TScheduleRow): Promise<TScheduleFamily[]> {
  const rows = await queryRows<TRawFamily>(
    db,
    sql`SELECT k.id AS family_id, jk.no_kk, d.no_kks, d.nominal,
               coalesce(
                 (SELECT p.nama FROM anggota p WHERE p.kab_code = d.kab_code AND p.nik = d.nik_pengurus),
                 (SELECT h.nama FROM anggota h
                  WHERE h.kab_code = jk.kab_code AND h.no_kk = jk.no_kk AND h.hubungan = 'kepala'
                  ORDER BY (h.status = 'aktif') DESC LIMIT 1)
               ) AS nama
        FROM jadwal_keluarga jk
        LEFT JOIN daftar_bayar d ON d.kab_code = jk.kab_code AND d.program_code = jk.program_code
                                AND d.periode = jk.periode AND d.no_kk = jk.no_kk
        LEFT JOIN keluarga k ON k.kab_code = jk.kab_code AND k.no_kk = jk.no_kk
        WHERE jk.kab_code = ${schedule.kabCode} AND jk.jadwal_id = ${schedule.id}
        ORDER BY nama NULLS LAST, jk.no_kk`,
  );
  return rows
    .filter((r) => r.family_id !== null)
    .map((r) => ({
      familyId: r.family_id as string,
      noKk: maskNumber(r.no_kk),
      noKks: maskNumber(r.no_kks),
      nama: r.nama,
      nominal: Number(r.nominal ?? 0),
    }));
}
