import { maskNumber, type TAidForm, type TAidGiverKind, type TAidView } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { regionRefOf } from "../wilayah/wilayah-views.ts";

/** A gift row with its family's id, head and desa name, as `aidSelect` reads it. */
export interface TAidRow {
  id: string;
  kab_code: string;
  family_id: string;
  no_kk: string;
  kepala: string | null;
  desa_code: string;
  desa_name: string | null;
  jenis_pemberi: TAidGiverKind;
  pemberi: string;
  bentuk: TAidForm;
  uraian: string | null;
  nilai: string | number;
  tanggal: string;
  recorded_at: Date | string;
}

/**
 * Gifts with what a list shows beside them. `where` must carry the scope condition on `b.desa_code`;
 * `tail` orders and limits.
 */
export function selectAid(db: TDb, where: SQL, tail: SQL = sql``): Promise<TAidRow[]> {
  return queryRows<TAidRow>(
    db,
    sql`SELECT b.id, b.kab_code, k.id AS family_id, b.no_kk, b.desa_code, w.name AS desa_name,
               b.jenis_pemberi, b.pemberi, b.bentuk, b.uraian, b.nilai, b.tanggal::text AS tanggal, b.recorded_at,
               (SELECT a.nama FROM anggota a WHERE a.kab_code = b.kab_code AND a.no_kk = b.no_kk
                  AND a.hubungan = 'kepala' ORDER BY (a.status = 'aktif') DESC LIMIT 1) AS kepala
        FROM bantuan_lain b
        JOIN keluarga k ON k.kab_code = b.kab_code AND k.no_kk = b.no_kk
        LEFT JOIN wilayah w ON w.code = b.desa_code
        WHERE ${where}
        ${tail}`,
  );
}

/** No. KK is always masked here: a gift is listed, never a detail view of the family's numbers. */
export function aidViewOf(row: TAidRow): TAidView {
  return {
    id: row.id,
    familyId: row.family_id,
    noKk: maskNumber(row.no_kk),
    kepala: row.kepala,
    desa: regionRefOf(row.desa_code, row.desa_name),
    jenisPemberi: row.jenis_pemberi,
    pemberi: row.pemberi,
    bentuk: row.bentuk,
    uraian: row.uraian,
    nilai: Number(row.nilai),
    tanggal: row.tanggal,
    recordedAt: new Date(row.recorded_at).toISOString(),
  };
}
