import {
  cardCompanionRoles,
  maskNumber,
  type TCardFlagReason,
  type TCardStatus,
  type TCardView,
  type THolderKind,
} from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { regionRefOf } from "../wilayah/wilayah-views.ts";

/** A card row joined to its family, desa and holder, as the views need it. */
export interface TCardRow {
  id: string;
  kab_code: string;
  no_kks: string;
  no_kk: string;
  desa_code: string;
  desa_name: string | null;
  nik_pengurus: string | null;
  bank: string;
  status: TCardStatus;
  pemegang_jenis: THolderKind;
  pemegang_user_id: string | null;
  pemegang_nama: string | null;
  user_role: string | null;
  sejak: string;
  menggantikan: string | null;
  family_id: string | null;
  kepala: string | null;
  hari: number;
  flag: TCardFlagReason | null;
  created_at: string;
}

const companions = sql.join(
  cardCompanionRoles.map((r) => sql`${r}`),
  sql`, `,
);

/** Days since the holder took the card; `today` is a `YYYY-MM-DD` date. */
export const heldDaysSql = (today: string): SQL =>
  sql`(${today}::date - (k.pemegang_sejak AT TIME ZONE 'UTC')::date)`;

/**
 * Why a card (`k`, its holder `u`) is flagged, or NULL: with a companion at all, with any other staff
 * member for more than `staffDays` days (docs/domain.md, Fraud seen in the field). One expression, so the
 * flag list, the card list and the card page agree, and the whole list is one set-based query.
 */
export const cardFlagSql = (today: string, staffDays: number): SQL =>
  sql`CASE WHEN k.pemegang_jenis = 'staf' AND u.role IN (${companions}) THEN 'pendamping'
           WHEN k.pemegang_jenis = 'staf' AND ${heldDaysSql(today)} > ${staffDays}::int THEN 'staf_terlalu_lama'
      END`;

/** Cards matching `where` (over `k`, `u`, `f`), with what every view shows. */
export function selectCards(
  db: TDb,
  where: SQL,
  tail: SQL,
  today: string,
  staffDays: number,
): Promise<TCardRow[]> {
  return queryRows<TCardRow>(
    db,
    sql`SELECT k.id, k.kab_code, k.no_kks, k.no_kk, k.desa_code, w.name AS desa_name, k.nik_pengurus, k.bank,
               k.status, k.pemegang_jenis, k.pemegang_user_id, k.pemegang_nama, u.role AS user_role,
               to_char(k.pemegang_sejak AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS sejak, k.menggantikan,
               f.id AS family_id,
               (SELECT a.nama FROM anggota a WHERE a.kab_code = k.kab_code AND a.no_kk = k.no_kk
                  AND a.hubungan = 'kepala' ORDER BY a.nik LIMIT 1) AS kepala,
               ${heldDaysSql(today)}::int AS hari, ${cardFlagSql(today, staffDays)} AS flag,
               k.created_at::text AS created_at
        FROM kartu_kks k
        LEFT JOIN users u ON k.pemegang_jenis = 'staf' AND u.id = k.pemegang_user_id
        LEFT JOIN keluarga f ON f.kab_code = k.kab_code AND f.no_kk = k.no_kk
        LEFT JOIN wilayah w ON w.code = k.desa_code
        WHERE ${where}
        ${tail}`,
  );
}

/** The view of a row; `full` shows the numbers whole (a detail view for a role allowed them). */
export function cardViewOf(row: TCardRow, full = false): TCardView {
  const number = (value: string | null) => (value === null ? null : full ? value : maskNumber(value));
  return {
    id: row.id,
    noKks: number(row.no_kks) ?? "",
    bank: row.bank,
    status: row.status,
    familyId: row.family_id,
    kepala: row.kepala,
    desa: regionRefOf(row.desa_code, row.desa_name),
    pemegang: {
      jenis: row.pemegang_jenis,
      userId: row.pemegang_user_id,
      nama: row.pemegang_nama,
      role: row.user_role,
      sejak: row.sejak,
    },
    menggantikan: number(row.menggantikan),
    hari: Number(row.hari),
    flag: row.flag,
  };
}
