import { maskNumber, type THandoverFamily, type TInformedWay } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { regionRefOf } from "../wilayah/wilayah-views.ts";

interface TRow {
  family_id: string | null;
  no_kk: string;
  desa_code: string;
  desa_name: string | null;
  head: string | null;
  informed_at: Date | string | null;
  informed_by: string | null;
  informed_how: TInformedWay | null;
}

/** The families of one handover (No. KK masked), optionally narrowed by `extra` over `hf`/`k`. */
export async function handoverFamilies(
  db: TDb,
  handover: { id: string; kabCode: string },
  extra: SQL = sql`TRUE`,
): Promise<THandoverFamily[]> {
  const rows = await queryRows<TRow>(
    db,
    sql`SELECT k.id AS family_id, hf.no_kk, hf.desa_code, w.name AS desa_name,
               (SELECT a.nama FROM anggota a
                WHERE a.kab_code = hf.kab_code AND a.no_kk = hf.no_kk AND a.hubungan = 'kepala'
                ORDER BY (a.status = 'aktif') DESC LIMIT 1) AS head,
               hf.informed_at, iu.full_name AS informed_by, hf.informed_how
        FROM handover_family hf
        LEFT JOIN keluarga k ON k.kab_code = hf.kab_code AND k.no_kk = hf.no_kk
        LEFT JOIN wilayah w ON w.code = hf.desa_code
        LEFT JOIN users iu ON iu.id = hf.informed_by
        WHERE hf.kab_code = ${handover.kabCode} AND hf.handover_id = ${handover.id} AND ${extra}
        ORDER BY w.name, head, hf.no_kk`,
  );
  return rows.map((r) => ({
    familyId: r.family_id,
    noKk: maskNumber(r.no_kk),
    headName: r.head,
    desa: regionRefOf(r.desa_code, r.desa_name),
    informed: r.informed_at !== null,
    informedAt: r.informed_at === null ? null : new Date(r.informed_at).toISOString(),
    informedBy: r.informed_by,
    informedHow: r.informed_how,
  }));
}
