import {
  fieldReasonCodes,
  maskNumber,
  type TRealisasiFamilies,
  type TRealisasiFamiliesQuery,
  type TRealisasiFamily,
  type TReasonSource,
  type TReconciliationClass,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { findDesaInScope } from "../../scope/find-region.ts";
import { inScope, requirePermission } from "../../scope/scope.ts";

interface TFamilyLine {
  family_id: string | null;
  no_kk: string | null;
  no_kks: string;
  nama: string | null;
  kelas: TReconciliationClass;
  nominal_daftar: string | number;
  nominal_realisasi: string | number;
  jumlah_transaksi: number;
  transaksi_terakhir: Date | string | null;
  alasan: string | null;
  keterangan: string | null;
  field_alasan: string | null;
  status_injeksi: string | null;
  rank: number;
  sort_key: string;
}

/**
 * The page order: families that received nothing first, then those that received part, then the rest.
 * Within a class rows follow a key that carries no personal number (the payment-list row's opaque id;
 * for an unlisted card a digest of the row), so the cursor can travel in a URL.
 */
const rankSql = sql`CASE r.kelas WHEN 'belum' THEN 0 WHEN 'sebagian' THEN 1 WHEN 'tersalur' THEN 2 ELSE 3 END`;
const sortKeySql = sql`coalesce(d.id::text, md5(r.kab_code || '|' || r.kunci || '|' || r.computed_at::text))`;

/** Where the shown reason came from: the field reason wins, then the bank's, then the injection status. */
function sourceOf(line: TFamilyLine): TReasonSource | null {
  if (line.alasan === null) return null;
  if (line.field_alasan !== null && line.field_alasan === line.alasan) return "lapangan";
  if (
    line.alasan === "tidak_terinjek" &&
    line.status_injeksi !== null &&
    line.status_injeksi !== "terinjek"
  ) {
    return "injeksi";
  }
  return "bank";
}

function cursorOf(line: TFamilyLine): string {
  return `${line.rank}~${line.sort_key}`;
}

function parseCursor(cursor: string): { rank: number; key: string } | null {
  const match = /^([0-3])~([0-9a-f-]{32,36})$/.exec(cursor);
  return match ? { rank: Number(match[1]), key: match[2] ?? "" } : null;
}

/**
 * One desa's families of a period as reconciled, the ones that did not receive first, with the reason
 * when known, cursor-paged. Numbers are masked; the name is the card holder's (the pengurus on the
 * list, or on the card for an unlisted one), else the head's, and only for families of the scope.
 */
export async function listRealisasiFamilies(
  db: TDb,
  actor: TActor,
  query: TRealisasiFamiliesQuery,
): Promise<TRealisasiFamilies> {
  requirePermission(actor, "distribution.read");
  const desa = await findDesaInScope(db, actor, query.desa);
  let after = sql``;
  if (query.cursor !== undefined) {
    const cursor = parseCursor(query.cursor);
    // An unknown cursor ends the list rather than restarting it.
    if (!cursor) return { items: [], nextCursor: null };
    after = sql`AND (${rankSql}, ${sortKeySql}) > (${cursor.rank}::int, ${cursor.key}::text)`;
  }
  const kelas = query.kelas === undefined ? sql`` : sql`AND r.kelas = ${query.kelas}`;
  const lines = await queryRows<TFamilyLine>(
    db,
    sql`WITH page AS (
          SELECT r.kab_code, r.no_kk, r.no_kks, r.kelas, r.nominal_daftar, r.nominal_realisasi, r.jumlah_transaksi,
                 r.transaksi_terakhir, r.alasan, r.keterangan, d.status_injeksi,
                 coalesce(d.nik_pengurus, (SELECT c.nik_pengurus FROM kartu_kks c
                                           WHERE c.kab_code = r.kab_code AND c.no_kks = r.no_kks)) AS nik_pengurus,
                 ${rankSql} AS rank, ${sortKeySql} AS sort_key
          FROM rekonsiliasi r
          LEFT JOIN daftar_bayar d ON r.kelas <> 'tidak_terdaftar' AND d.kab_code = r.kab_code
               AND d.program_code = r.program_code AND d.periode = r.periode AND d.no_kk = r.no_kk
          WHERE r.program_code = ${query.program} AND r.periode = ${query.periode} AND r.desa_code = ${desa.code}
            ${kelas} ${after}
          ORDER BY rank, sort_key
          LIMIT ${query.limit + 1}
        )
        SELECT p.no_kk, p.no_kks, p.kelas, p.nominal_daftar, p.nominal_realisasi, p.jumlah_transaksi,
               p.transaksi_terakhir, p.alasan, p.keterangan, p.status_injeksi, p.rank, p.sort_key,
               k.id AS family_id,
               CASE WHEN k.id IS NULL THEN NULL ELSE coalesce(
                 (SELECT a.nama FROM anggota a WHERE a.nik = p.nik_pengurus AND a.no_kk = p.no_kk LIMIT 1),
                 (SELECT a.nama FROM anggota a WHERE a.no_kk = p.no_kk AND a.hubungan = 'kepala'
                  ORDER BY (a.status = 'aktif') DESC LIMIT 1)) END AS nama,
               (SELECT b.alasan FROM alasan_belum b
                WHERE b.kab_code = p.kab_code AND b.program_code = ${query.program} AND b.periode = ${query.periode}
                  AND b.no_kk = p.no_kk
                ORDER BY b.dicatat_pada DESC, b.created_at DESC LIMIT 1) AS field_alasan
        FROM page p
        LEFT JOIN keluarga k ON k.no_kk = p.no_kk AND ${inScope(actor, sql`k.desa_code`)}
        ORDER BY p.rank, p.sort_key`,
  );
  const more = lines.length > query.limit;
  const shown = more ? lines.slice(0, query.limit) : lines;
  const codes = new Set<string>(fieldReasonCodes);
  const items: TRealisasiFamily[] = shown.map((l) => ({
    familyId: l.family_id,
    noKk: l.no_kk === null ? null : maskNumber(l.no_kk),
    noKks: maskNumber(l.no_kks),
    nama: l.nama,
    kelas: l.kelas,
    nominalDaftar: Number(l.nominal_daftar),
    nominalRealisasi: Number(l.nominal_realisasi),
    jumlahTransaksi: l.jumlah_transaksi,
    transaksiTerakhir: l.transaksi_terakhir === null ? null : new Date(l.transaksi_terakhir).toISOString(),
    alasan:
      l.alasan === null ? null : codes.has(l.alasan) ? (l.alasan as TRealisasiFamily["alasan"]) : l.alasan,
    alasanSumber: sourceOf(l),
    keterangan: l.keterangan,
  }));
  const last = shown.at(-1);
  return { items, nextCursor: more && last ? cursorOf(last) : null };
}
