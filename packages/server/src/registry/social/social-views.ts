import { maskNumber, type TSocialCategory, type TSocialEntry } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import { regionRefOf } from "../../wilayah/wilayah-views.ts";

export function categoryView(row: {
  register: string;
  kode: number;
  berlaku_mulai: string;
  nama: string;
  aktif: string;
}): TSocialCategory {
  return {
    register: row.register as TSocialCategory["register"],
    kode: row.kode,
    nama: row.nama,
    berlakuMulai: row.berlaku_mulai,
    aktif: row.aktif === "ya",
  };
}

/** The category's name as it stands on `on`, for a row `s` of `social_register`. */
export function categoryNameOn(on: string): SQL {
  return sql`(SELECT c.nama FROM social_category c
              WHERE c.register = s.register AND c.kode = s.kategori_kode AND c.berlaku_mulai <= ${on}::date
              ORDER BY c.berlaku_mulai DESC LIMIT 1)`;
}

interface TEntryRow {
  id: string;
  register: TSocialEntry["register"];
  kategori_kode: number;
  kategori_nama: string | null;
  kecamatan_code: string;
  kecamatan_name: string | null;
  desa_code: string | null;
  desa_name: string | null;
  nama: string;
  nik: string | null;
  no_kk: string | null;
  keterangan: string | null;
  status: TSocialEntry["status"];
  username: string | null;
  recorded_at: Date | string;
  updated_at: Date | string;
}

/**
 * Entries of `social_register s` matching `where` (which must include the scope condition), in the
 * given order, with region and category names (as of `on`) joined in one statement.
 */
export async function loadSocialEntries(db: TDb, where: SQL, tail: SQL, on: string): Promise<TSocialEntry[]> {
  const rows = await queryRows<TEntryRow>(
    db,
    sql`SELECT s.id, s.register, s.kategori_kode, ${categoryNameOn(on)} AS kategori_nama,
               s.kecamatan_code, wk.name AS kecamatan_name, s.desa_code, wd.name AS desa_name,
               s.nama, s.nik, s.no_kk, s.keterangan, s.status, u.username, s.recorded_at, s.updated_at
        FROM social_register s
        LEFT JOIN wilayah wk ON wk.code = s.kecamatan_code
        LEFT JOIN wilayah wd ON wd.code = s.desa_code
        LEFT JOIN users u ON u.id = s.recorded_by
        WHERE ${where} ${tail}`,
  );
  return rows.map((r) => ({
    id: r.id,
    register: r.register,
    kategori: { kode: r.kategori_kode, nama: r.kategori_nama },
    kecamatan: regionRefOf(r.kecamatan_code, r.kecamatan_name),
    desa: r.desa_code ? regionRefOf(r.desa_code, r.desa_name) : null,
    nama: r.nama,
    nik: r.nik === null ? null : maskNumber(r.nik),
    noKk: r.no_kk === null ? null : maskNumber(r.no_kk),
    linked: r.nik !== null || r.no_kk !== null,
    keterangan: r.keterangan,
    status: r.status,
    recordedBy: r.username,
    recordedAt: new Date(r.recorded_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  }));
}
