import { type SQL, sql } from "drizzle-orm";

/**
 * Who held a card on a given day, from its history (`kartu_kks_event`): the anomaly "transactions on
 * a card in staff custody" reads the periods, and so can anything that asks about the past.
 *
 * Events carry a date, not a time: the holder on day D is the holder named by the card's last event
 * dated on or before D (several events on one day: the last recorded wins). A day before the card's
 * first event has no holder (no row).
 */

/**
 * A LATERAL subquery for one card and one day: use it as
 * `LEFT JOIN LATERAL (${cardHolderAtSql({ kabCode: sql`t.kab_code`, noKks: sql`t.no_kks`, on: sql`t.waktu::date` })}) h ON TRUE`.
 * Columns: `status`, `pemegang_jenis`, `pemegang_user_id`, `pemegang_nama`, `sejak` (the event's date).
 * One index probe per outer row (`kartu_kks_event_card_idx`); for millions of rows prefer the periods.
 */
export function cardHolderAtSql(at: { kabCode: SQL; noKks: SQL; on: SQL }): SQL {
  return sql`SELECT e.status, e.pemegang_jenis, e.pemegang_user_id, e.pemegang_nama, e.tanggal AS sejak
             FROM kartu_kks_event e
             WHERE e.kab_code = ${at.kabCode} AND e.no_kks = ${at.noKks} AND e.tanggal <= ${at.on}
             ORDER BY e.tanggal DESC, e.recorded_at DESC, e.id DESC
             LIMIT 1`;
}

/**
 * Every card's custody as date ranges, set-based (one pass over the events with a window function):
 * columns `kab_code`, `no_kks`, `status`, `pemegang_jenis`, `pemegang_user_id`, `pemegang_nama`, `dari`
 * (inclusive) and `sampai` (exclusive; NULL while it lasts). Join a whole period's transactions at once:
 * `JOIN (${cardCustodyPeriodsSql()}) c ON c.kab_code = t.kab_code AND c.no_kks = t.no_kks
 *   AND ${custodyOn(sql`c`, sql`t.waktu::date`)}` (the anomaly "card in staff custody" does so).
 * Same-day events give empty ranges (`dari = sampai`) except the last, matching `cardHolderAtSql`.
 * `where` narrows the events first (e.g. `e.kab_code = '35.17'`).
 */
export function cardCustodyPeriodsSql(where: SQL = sql`TRUE`): SQL {
  return sql`SELECT e.kab_code, e.no_kks, e.status, e.pemegang_jenis, e.pemegang_user_id, e.pemegang_nama,
                    e.tanggal AS dari,
                    lead(e.tanggal) OVER (PARTITION BY e.kab_code, e.no_kks
                                          ORDER BY e.tanggal, e.recorded_at, e.id) AS sampai
             FROM kartu_kks_event e
             WHERE ${where}`;
}

/** True when the custody period (alias of a `cardCustodyPeriodsSql` row) covers the day. */
export function custodyOn(period: SQL, day: SQL): SQL {
  return sql`${period}.dari <= ${day} AND (${period}.sampai IS NULL OR ${period}.sampai > ${day})`;
}
