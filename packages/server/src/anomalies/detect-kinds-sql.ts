import { BANYAK_KARTU_MIN_CARDS, BANYAK_KARTU_WINDOW_MINUTES, type TAnomalyKind } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { cardCustodyPeriodsSql, custodyOn } from "../cards/card-holder-at-sql.ts";
import {
  contextSql,
  insertCounted,
  isoSql,
  localDateSql,
  type TDetectScope,
  txJsonSql,
} from "./detect-context-sql.ts";

/**
 * One statement per kind: `WITH <context>, found AS (…), ins AS (INSERT … ON CONFLICT DO NOTHING)`.
 * Each reads the whole period at once; `kunci` makes a second run add only what is new. A finding
 * belongs to the family's desa when a list knows the card, else to the agent's; its `kab_code` is
 * that desa's kabupaten.
 */

/** A bound value typed as text, so `||` and an INSERT … SELECT need no guessing. */
const txt = (value: string) => sql`${value}::text`;
const kab = (desa: string) => sql.raw(`substr(${desa}, 1, 5)`);

/** The registry event kind and member status behind each pengurus kind. */
const pengurusEvent = {
  pengurus_meninggal: { event: "kematian", status: "meninggal" },
  pengurus_pindah: { event: "pindah", status: "pindah" },
} as const;

/**
 * A successful transaction on a family whose pengurus died (or moved) before the transaction's local
 * day. A transaction on the day itself is not counted: it may have come first.
 */
function pengurusSql(s: TDetectScope, jenis: keyof typeof pengurusEvent): SQL {
  const { event, status } = pengurusEvent[jenis];
  // An event recorded without a date counts from the day it was recorded (as in pkh-member-state-sql).
  const tanggal = sql`coalesce(e.occurred_on, ((e.recorded_at AT TIME ZONE 'UTC') + interval '9 hours')::date)`;
  const hari = localDateSql(sql`f.waktu`, sql`f.agen_desa`);
  return sql`WITH ${contextSql()},
    found AS (
      SELECT DISTINCT ON (f.kab_code, f.id_transaksi) f.*, a.nama AS nama_pengurus, ${tanggal} AS tgl,
             ${hari} AS tanggal
      FROM fam f
      JOIN anggota a ON a.nik = f.nik_pengurus AND a.status = ${status}
      JOIN registry_event e ON e.kab_code = a.kab_code AND e.no_kk = a.no_kk AND e.nik = a.nik AND e.kind = ${event}
      WHERE ${tanggal} < ${hari} AND ${s.region(sql`f.fam_desa`)}
      ORDER BY f.kab_code, f.id_transaksi, ${tanggal}
    )
    ${insertCounted(sql`
      SELECT ${kab("fam_desa")}, ${txt(jenis)}, id_transaksi, ${txt(s.program)}, ${txt(s.periode)}, no_kk, no_kks, id_agen, fam_desa,
             jsonb_build_object('jenis', ${txt(jenis)}, 'transaksi', ${txJsonSql("found")},
                                'nikPengurus', nik_pengurus, 'namaPengurus', nama_pengurus,
                                'tanggalPeristiwa', tgl::text, 'hariSetelah', tanggal - tgl)
      FROM found`)}`;
}

/**
 * A successful transaction on a card that a staff member held on the transaction's day: the card's
 * custody periods (`cardCustodyPeriodsSql`: the last event on or before that day decides).
 */
function kartuDiStafSql(s: TDetectScope): SQL {
  const hari = localDateSql(sql`tx.waktu`, sql`tx.agen_desa`);
  const listed = sql`d.program_code = ${s.program} AND d.periode = ${s.periode}`;
  return sql`WITH ${contextSql()},
    ev AS (${cardCustodyPeriodsSql(sql`e.no_kks IN (SELECT no_kks FROM tx)`)}),
    held AS (
      SELECT DISTINCT ON (tx.kab_code, tx.id_transaksi) tx.*, ev.kab_code AS kartu_kab, ev.dari AS sejak,
             ev.pemegang_user_id, ev.pemegang_nama
      FROM tx
      JOIN ev ON ev.no_kks = tx.no_kks AND ${custodyOn(sql`ev`, hari)}
      WHERE ev.pemegang_jenis = 'staf'
      ORDER BY tx.kab_code, tx.id_transaksi, ev.kab_code
    ),
    -- The family only for the few transactions found: its payment row, else the card register.
    found AS (
      SELECT h.*, coalesce(u.full_name, h.pemegang_nama) AS nama_pemegang,
             coalesce(d.no_kk, k.no_kk) AS no_kk, coalesce(d.desa_code, k.desa_code, h.agen_desa) AS desa
      FROM held h
      LEFT JOIN LATERAL (SELECT d.no_kk, d.desa_code FROM daftar_bayar d
                         WHERE d.kab_code = h.kartu_kab AND ${listed} AND d.no_kks = h.no_kks LIMIT 1) d ON TRUE
      LEFT JOIN kartu_kks k ON k.kab_code = h.kartu_kab AND k.no_kks = h.no_kks
      LEFT JOIN users u ON u.id = h.pemegang_user_id
    )
    ${insertCounted(sql`
      SELECT ${kab("desa")}, 'kartu_di_staf', id_transaksi, ${txt(s.program)}, ${txt(s.periode)}, no_kk, no_kks, id_agen, desa,
             jsonb_build_object('jenis', 'kartu_di_staf', 'transaksi', ${txJsonSql("found")},
                                'pemegang', jsonb_build_object('userId', pemegang_user_id, 'nama', nama_pemegang,
                                                               'sejak', sejak::text))
      FROM found WHERE ${s.region(sql`desa`)}`)}`;
}

/**
 * Bursts of many cards at one agent: a window start is a transaction from which at least
 * BANYAK_KARTU_MIN_CARDS different cards succeed within BANYAK_KARTU_WINDOW_MINUTES. A running count
 * of transactions per agent (a window function) keeps the self-join to the few candidates; windows that
 * overlap form one burst (gaps and islands), reported once with every transaction inside it.
 */
function banyakKartuSql(s: TDetectScope): SQL {
  // Constants from core, not user input: the RANGE frame needs a literal interval.
  const window = sql.raw(`interval '${Number(BANYAK_KARTU_WINDOW_MINUTES)} minutes'`);
  return sql`WITH ${contextSql()},
    cand AS (
      SELECT tx.kab_code, tx.id_agen, tx.waktu,
             count(*) OVER (PARTITION BY tx.kab_code, tx.id_agen ORDER BY tx.waktu
                            RANGE BETWEEN CURRENT ROW AND ${window} FOLLOWING) AS n
      FROM tx
    ),
    starts AS (
      SELECT c.kab_code, c.id_agen, c.waktu
      FROM cand c
      JOIN tx t ON t.kab_code = c.kab_code AND t.id_agen = c.id_agen AND t.waktu >= c.waktu
               AND t.waktu <= c.waktu + ${window}
      WHERE c.n >= ${BANYAK_KARTU_MIN_CARDS}
      GROUP BY c.kab_code, c.id_agen, c.waktu
      HAVING count(DISTINCT t.no_kks) >= ${BANYAK_KARTU_MIN_CARDS}
    ),
    islands AS (
      SELECT st.*, CASE WHEN st.waktu <= lag(st.waktu) OVER w + ${window} THEN 0 ELSE 1 END AS baru
      FROM starts st WINDOW w AS (PARTITION BY st.kab_code, st.id_agen ORDER BY st.waktu)
    ),
    grouped AS (
      SELECT i.*, sum(i.baru) OVER (PARTITION BY i.kab_code, i.id_agen ORDER BY i.waktu) AS g FROM islands i
    ),
    bursts AS (
      SELECT kab_code, id_agen, min(waktu) AS mulai, max(waktu) + ${window} AS batas
      FROM grouped GROUP BY kab_code, id_agen, g
    ),
    found AS (
      SELECT b.id_agen, b.mulai, max(t.waktu) AS selesai, count(DISTINCT t.no_kks)::int AS kartu,
             (array_agg(t.agen_desa))[1] AS desa,
             jsonb_agg(${txJsonSql("t")} ORDER BY t.waktu, t.id_transaksi) AS transaksi
      FROM bursts b
      JOIN tx t ON t.kab_code = b.kab_code AND t.id_agen = b.id_agen AND t.waktu >= b.mulai AND t.waktu <= b.batas
      GROUP BY b.kab_code, b.id_agen, b.mulai
    )
    ${insertCounted(sql`
      SELECT ${kab("desa")}, 'banyak_kartu_satu_agen', id_agen || '@' || ${isoSql(sql`mulai`)}, ${txt(s.program)},
             ${txt(s.periode)}, NULL, NULL, id_agen, desa,
             jsonb_build_object('jenis', 'banyak_kartu_satu_agen', 'mulai', ${isoSql(sql`mulai`)},
                                'selesai', ${isoSql(sql`selesai`)}, 'jumlahKartu', kartu, 'transaksi', transaksi)
      FROM found WHERE ${s.region(sql`desa`)}`)}`;
}

/** A family with two or more successful transactions in the period that together exceed its listed nominal. */
function dibayarDuaKaliSql(s: TDetectScope): SQL {
  return sql`WITH ${contextSql()},
    over AS (
      SELECT f.fam_kab, f.no_kk
      FROM fam f
      GROUP BY f.fam_kab, f.no_kk
      HAVING count(*) >= 2 AND sum(f.nominal) > max(f.nominal_daftar)
    ),
    -- The evidence only for the families found.
    found AS (
      SELECT f.fam_kab, f.no_kk, (array_agg(f.fam_desa))[1] AS desa, max(f.nominal_daftar) AS nominal_daftar,
             count(*)::int AS jumlah, sum(f.nominal) AS total,
             (array_agg(f.no_kks ORDER BY f.waktu))[1] AS no_kks, (array_agg(f.id_agen ORDER BY f.waktu))[1] AS id_agen,
             jsonb_agg(${txJsonSql("f")} ORDER BY f.waktu, f.id_transaksi) AS transaksi
      FROM fam f JOIN over o ON o.fam_kab = f.fam_kab AND o.no_kk = f.no_kk
      GROUP BY f.fam_kab, f.no_kk
    )
    ${insertCounted(sql`
      SELECT ${kab("desa")}, 'dibayar_dua_kali', ${txt(s.program)} || ':' || ${txt(s.periode)} || ':' || no_kk, ${txt(s.program)},
             ${txt(s.periode)}, no_kk, no_kks, id_agen, desa,
             jsonb_build_object('jenis', 'dibayar_dua_kali', 'nominalDaftar', nominal_daftar, 'jumlah', jumlah,
                                'total', total, 'transaksi', transaksi)
      FROM found WHERE ${s.region(sql`desa`)}`)}`;
}

/** One successful transaction above the family's listed nominal. */
function melebihiNominalSql(s: TDetectScope): SQL {
  return sql`WITH ${contextSql()},
    found AS (
      SELECT f.* FROM fam f WHERE f.nominal > f.nominal_daftar AND ${s.region(sql`f.fam_desa`)}
    )
    ${insertCounted(sql`
      SELECT ${kab("fam_desa")}, 'melebihi_nominal', id_transaksi, ${txt(s.program)}, ${txt(s.periode)}, no_kk, no_kks, id_agen,
             fam_desa,
             jsonb_build_object('jenis', 'melebihi_nominal', 'nominalDaftar', nominal_daftar,
                                'transaksi', ${txJsonSql("found")})
      FROM found`)}`;
}

/**
 * Successful transactions on a card that no payment list of the programme and period knows, nor the
 * card register: one finding per programme, period and card (the programme is in `kunci`, so the same
 * card used in Sembako and in PKH of one month is two findings), with every such transaction of the
 * caller's area.
 */
function kartuTakDikenalSql(s: TDetectScope): SQL {
  return sql`WITH ${contextSql()},
    found AS (
      SELECT tx.no_kks, (array_agg(tx.agen_desa ORDER BY tx.waktu))[1] AS desa,
             (array_agg(tx.id_agen ORDER BY tx.waktu))[1] AS id_agen, count(*)::int AS jumlah, sum(tx.nominal) AS total,
             jsonb_agg(${txJsonSql("tx")} ORDER BY tx.waktu, tx.id_transaksi) AS transaksi
      FROM tx
      WHERE ${s.region(sql`tx.agen_desa`)}
        AND NOT EXISTS (SELECT 1 FROM daftar_bayar d
                        WHERE d.program_code = ${txt(s.program)} AND d.periode = ${txt(s.periode)} AND d.no_kks = tx.no_kks)
        AND NOT EXISTS (SELECT 1 FROM kartu_kks k WHERE k.no_kks = tx.no_kks)
      GROUP BY tx.no_kks
    )
    ${insertCounted(sql`
      SELECT ${kab("desa")}, 'kartu_tak_dikenal', ${txt(s.program)} || ':' || ${txt(s.periode)} || ':' || no_kks, ${txt(s.program)},
             ${txt(s.periode)}, NULL, no_kks, id_agen, desa,
             jsonb_build_object('jenis', 'kartu_tak_dikenal', 'jumlah', jumlah, 'total', total, 'transaksi', transaksi)
      FROM found`)}`;
}

/** The statement that finds each kind. */
export const detectStatements: Record<TAnomalyKind, (s: TDetectScope) => SQL> = {
  pengurus_meninggal: (s) => pengurusSql(s, "pengurus_meninggal"),
  pengurus_pindah: (s) => pengurusSql(s, "pengurus_pindah"),
  kartu_di_staf: kartuDiStafSql,
  banyak_kartu_satu_agen: banyakKartuSql,
  dibayar_dua_kali: dibayarDuaKaliSql,
  melebihi_nominal: melebihiNominalSql,
  kartu_tak_dikenal: kartuTakDikenalSql,
};
