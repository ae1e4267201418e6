import { type SQL, sql } from "drizzle-orm";
import { kabFilter, type TArea } from "../../scope/request-area.ts";

export interface TPeriodKey {
  program: string;
  periode: string;
}

/** The per-kabupaten, per-class counts an insert answers (aggregated in the database, never row by row). */
export interface TClassCount {
  kab_code: string;
  kelas: string;
  n: number;
  daftar: string | number;
  realisasi: string | number;
}

const countsOf = sql`SELECT kab_code, kelas, count(*)::int AS n, coalesce(sum(nominal_daftar), 0)::bigint AS daftar,
                            coalesce(sum(nominal_realisasi), 0)::bigint AS realisasi
                     FROM ins GROUP BY kab_code, kelas`;

/** Removes the period's results inside the area; they are recomputed whole. */
export function deleteSql(key: TPeriodKey, area: TArea): SQL {
  return sql`DELETE FROM rekonsiliasi r
             WHERE r.program_code = ${key.program} AND r.periode = ${key.periode}
               AND ${area.where(sql`r.desa_code`)}${kabFilter(area, sql`r.kab_code`)}`;
}

/**
 * Recomputes the area's results of one period in a single statement:
 *
 * - every listed family of the area, classed by the sum of its successful transactions of the period.
 *   A family's cards are the listed one and every card `kartu_kks` knows for the family, or that
 *   replaced the listed one (a card replaced mid-period: both count). The family's latest field
 *   reason, else the bank's last failure reason, else the injection status, says why a family did not
 *   receive everything;
 * - successful transactions at agents of the area on cards no listed family of the period uses (listed
 *   anywhere, not only in the area): one `tidak_terdaftar` row per card, in the desa of the agent that
 *   took its latest transaction, with the family `kartu_kks` knows for the card, if any.
 *
 * The period's transactions are read once into memory and hash-joined to the cards; every aggregate
 * is a hash aggregate (no per-family sort). Answers the inserted counts per kabupaten and class.
 */
export function reconcileSql(key: TPeriodKey, area: TArea, now: Date): SQL {
  const { program, periode } = key;
  const period = (alias: string) =>
    sql`${sql.raw(alias)}.program_code = ${program} AND ${sql.raw(alias)}.periode = ${periode}`;
  // Outside a national run, a card listed for a family outside the area is still a listed card.
  const listedCards = area.everything
    ? sql`SELECT no_kks FROM card`
    : sql`SELECT d.no_kks FROM daftar_bayar d WHERE ${period("d")}
          UNION ALL
          SELECT k.no_kks FROM kartu_kks k JOIN daftar_bayar d ON d.kab_code = k.kab_code AND d.no_kk = k.no_kk
          WHERE ${period("d")}
          UNION ALL
          SELECT k.no_kks FROM kartu_kks k JOIN daftar_bayar d ON d.kab_code = k.kab_code AND d.no_kks = k.menggantikan
          WHERE ${period("d")}`;
  // A run over part of the country keeps only the transactions it can use: on the area's families'
  // cards (at any agent), or at the area's agents (unlisted cards).
  const relevant = area.everything
    ? sql``
    : sql` AND (${area.where(sql`t.desa_code`)} OR t.no_kks IN (SELECT no_kks FROM card))`;
  return sql`
    WITH fam AS MATERIALIZED (
      SELECT d.kab_code, d.no_kk, d.no_kks, d.desa_code, d.nominal, d.status_injeksi
      FROM daftar_bayar d
      WHERE ${period("d")} AND ${area.where(sql`d.desa_code`)}${kabFilter(area, sql`d.kab_code`)}
    ),
    card AS MATERIALIZED (
      SELECT kab_code, no_kk, no_kks FROM fam
      UNION ALL
      (SELECT f.kab_code, f.no_kk, k.no_kks FROM fam f
         JOIN kartu_kks k ON k.kab_code = f.kab_code AND k.no_kk = f.no_kk
       WHERE k.no_kks <> f.no_kks
       UNION
       SELECT f.kab_code, f.no_kk, k.no_kks FROM fam f
         JOIN kartu_kks k ON k.kab_code = f.kab_code AND k.menggantikan = f.no_kks
       WHERE k.no_kks <> f.no_kks)
    ),
    tx AS MATERIALIZED (
      SELECT t.kab_code, t.no_kks, t.nominal, t.status, t.waktu, t.alasan, t.desa_code
      FROM transaksi t WHERE ${period("t")}${relevant}
    ),
    paid AS (
      SELECT c.kab_code, c.no_kk,
             sum(t.nominal) FILTER (WHERE t.status = 'berhasil')::bigint AS realisasi,
             count(*) FILTER (WHERE t.status = 'berhasil')::int AS n,
             max(t.waktu) FILTER (WHERE t.status = 'berhasil') AS terakhir,
             -- The latest failure's reason in the same pass: a fixed-width UTC time prefix makes the
             -- greatest string the latest failure (an ordered aggregate would sort every family's rows).
             substr(max(to_char(t.waktu AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS') || t.alasan)
                      FILTER (WHERE t.status = 'gagal' AND t.alasan IS NOT NULL), 21) AS bank
      FROM tx t JOIN card c ON c.no_kks = t.no_kks
      GROUP BY c.kab_code, c.no_kk
    ),
    field AS (
      SELECT DISTINCT ON (a.kab_code, a.no_kk) a.kab_code, a.no_kk, a.alasan, a.keterangan
      FROM alasan_belum a
      WHERE ${period("a")}${kabFilter(area, sql`a.kab_code`)}
      ORDER BY a.kab_code, a.no_kk, a.dicatat_pada DESC, a.created_at DESC
    ),
    cls AS (
      SELECT f.kab_code, f.no_kk, f.no_kks, f.desa_code, f.nominal, f.status_injeksi,
             coalesce(p.realisasi, 0) AS realisasi, coalesce(p.n, 0) AS n, p.terakhir, p.bank,
             CASE WHEN p.n > 0 AND p.realisasi >= f.nominal THEN 'tersalur'
                  WHEN p.realisasi > 0 THEN 'sebagian'
                  ELSE 'belum' END AS kelas
      FROM fam f
      LEFT JOIN paid p ON p.kab_code = f.kab_code AND p.no_kk = f.no_kk
    ),
    stray AS (
      SELECT t.kab_code, t.no_kks, sum(t.nominal)::bigint AS realisasi, count(*)::int AS n,
             max(t.waktu) AS terakhir, (array_agg(t.desa_code ORDER BY t.waktu DESC))[1] AS desa_code
      FROM tx t
      WHERE t.status = 'berhasil' AND ${area.where(sql`t.desa_code`)}${kabFilter(area, sql`t.kab_code`)}
        AND NOT EXISTS (SELECT 1 FROM (${listedCards}) l WHERE l.no_kks = t.no_kks)
      GROUP BY t.kab_code, t.no_kks
    ),
    known AS (
      SELECT DISTINCT ON (k.no_kks) k.no_kks, k.no_kk FROM kartu_kks k
      WHERE k.no_kks IN (SELECT no_kks FROM stray)
      ORDER BY k.no_kks, k.created_at DESC
    ),
    ins AS (
      INSERT INTO rekonsiliasi (kab_code, program_code, periode, kunci, no_kk, no_kks, desa_code, kelas,
                                nominal_daftar, nominal_realisasi, jumlah_transaksi, transaksi_terakhir,
                                alasan, keterangan, computed_at)
      SELECT c.kab_code, ${program}, ${periode}, c.no_kk, c.no_kk, c.no_kks, c.desa_code, c.kelas,
             c.nominal, c.realisasi, least(c.n, 32767), c.terakhir,
             CASE WHEN c.kelas <> 'tersalur' THEN
               coalesce(fr.alasan, c.bank, CASE WHEN c.status_injeksi <> 'terinjek' THEN 'tidak_terinjek' END)
             END,
             CASE WHEN c.kelas <> 'tersalur' THEN fr.keterangan END,
             ${now.toISOString()}::timestamptz
      FROM cls c
      LEFT JOIN field fr ON fr.kab_code = c.kab_code AND fr.no_kk = c.no_kk
      UNION ALL
      SELECT s.kab_code, ${program}, ${periode}, 'kks:' || s.no_kks, kn.no_kk, s.no_kks, s.desa_code,
             'tidak_terdaftar', 0, s.realisasi, least(s.n, 32767), s.terakhir, NULL, NULL,
             ${now.toISOString()}::timestamptz
      FROM stray s
      LEFT JOIN known kn ON kn.no_kks = s.no_kks
      RETURNING kab_code, kelas, nominal_daftar, nominal_realisasi
    )
    ${countsOf}`;
}
