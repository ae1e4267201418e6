import {
  maskNumber,
  type TEnrolmentListQuery,
  type TEnrolmentPage,
  type TEnrolmentStatus,
} from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { pageOfRows } from "../db/page-of-rows.ts";
import type { TActor } from "../scope/actor.ts";
import { inRegion } from "../scope/region-sql.ts";
import { inScope, requirePermission } from "../scope/scope.ts";
import { regionRefOf } from "../wilayah/wilayah-views.ts";

interface TRow {
  kab_code: string;
  id: string;
  family_id: string | null;
  program_code: string;
  status: TEnrolmentStatus;
  sejak: string;
  desa_code: string;
  desa_name: string | null;
  no_kk: string;
  nama_kepala: string | null;
  nama_pengurus: string | null;
}

/**
 * Enrolments of the caller's scope, by programme, state and region, in keyset pages (`kabCode:id`), so a
 * page deep in a kabupaten costs what the first does. No. KK masked; the head's and the card holder's
 * names are joined for the page's rows only.
 */
export async function listEnrolments(
  db: TDb,
  actor: TActor,
  query: TEnrolmentListQuery,
): Promise<TEnrolmentPage> {
  requirePermission(actor, "program.read");
  const where: SQL[] = [inScope(actor, sql`e.desa_code`)];
  if (query.program) where.push(sql`e.program_code = ${query.program}`);
  if (query.status) where.push(sql`e.status = ${query.status}`);
  if (query.desa) where.push(inRegion(sql`e.desa_code`, query.desa));
  if (query.cursor) {
    const at = query.cursor.indexOf(":");
    where.push(sql`(e.kab_code, e.id) > (${query.cursor.slice(0, at)}, ${query.cursor.slice(at + 1)}::uuid)`);
  }
  const rows = await queryRows<TRow>(
    db,
    sql`SELECT p.kab_code, p.id, k.id AS family_id, p.program_code, p.status, p.sejak, p.desa_code,
               w.name AS desa_name, p.no_kk,
               (SELECT a.nama FROM anggota a WHERE a.kab_code = p.kab_code AND a.no_kk = p.no_kk
                  AND a.hubungan = 'kepala' AND a.status = 'aktif' LIMIT 1) AS nama_kepala,
               g.nama AS nama_pengurus
        FROM (SELECT e.kab_code, e.id, e.program_code, e.status, to_char(e.sejak, 'YYYY-MM-DD') AS sejak,
                     e.desa_code, e.no_kk, e.nik_pengurus
              FROM enrolment e WHERE ${sql.join(where, sql` AND `)}
              ORDER BY e.kab_code, e.id LIMIT ${query.limit + 1}) p
        LEFT JOIN keluarga k ON k.kab_code = p.kab_code AND k.no_kk = p.no_kk
        LEFT JOIN wilayah w ON w.code = p.desa_code
        LEFT JOIN anggota g ON g.kab_code = p.kab_code AND g.nik = p.nik_pengurus
        ORDER BY p.kab_code, p.id`,
  );
  return pageOfRows(
    rows,
    query.limit,
    (r) => ({
      id: r.id,
      familyId: r.family_id,
      program: r.program_code,
      status: r.status,
      sejak: r.sejak,
      desa: regionRefOf(r.desa_code, r.desa_name),
      noKk: maskNumber(r.no_kk),
      namaKepala: r.nama_kepala,
      namaPengurus: r.nama_pengurus,
    }),
    (last) => `${last.kab_code}:${last.id}`,
  );
}
