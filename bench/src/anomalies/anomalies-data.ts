import { sql } from "@kawal/server/bench";

type SQL = ReturnType<typeof sql>;

/**
 * Anomalies planted on top of the `reconcile` period (its generator makes the families, cards and
 * about 1.3 transactions per family). Its transactions of one family group start at the same minute,
 * which would make every agent's day a burst of cards: spread over the agent's opening hours first, as
 * a real queue is. Then, deterministic by the family number i:
 *   i % 500 = 11  the pengurus died on 2 January (before every transaction),
 *   i % 500 = 13  the pengurus moved on 31 January (after them: a near miss),
 *   i % 400 = 17  the card sat with a staff member from 1 January,
 *   i % 300 = 5   one more full purchase (paid twice),
 *   i % 300 = 18  (a family with no purchase) one purchase above the amount,
 * and one agent swipes 12 listed cards in 9 minutes. The generator's pengurus NIK repeats now and then
 * (its 9-padding), so a member is added once per NIK.
 */
export function plantStatements(families: number): SQL[] {
  const kk = (i: string) => sql.raw(`'3517' || lpad(${i}::text, 12, '0')`);
  const nik = (i: string) => sql.raw(`'3517' || lpad(${i}::text, 12, '9')`);
  const card = (i: string) => sql.raw(`'5' || lpad((${i})::text, 15, '0')`);
  // Each planted row joins its family's payment row (a hash join), for the family's desa.
  const listed = sql.raw(`JOIN daftar_bayar d ON d.kab_code = '35.17' AND d.program_code = 'SEMBAKO'
                          AND d.periode = '2026-01' AND d.no_kk = '3517' || lpad(i::text, 12, '0')`);
  const desa = sql.raw("d.desa_code");
  // Generator constants only: written as literals, so every column's type is the table's.
  const lit = (value: string) => sql.raw(`'${value}'`);
  const series = sql.raw(`generate_series(1, ${Math.trunc(families)}) AS g(i)`);
  const member = (status: string, where: string) =>
    sql`INSERT INTO anggota (kab_code, nik, no_kk, desa_code, nama, hubungan, jenis_kelamin, tanggal_lahir, status)
        SELECT '35.17', ${nik("i")}, ${kk("i")}, ${desa}, 'Pengurus ' || i, 'istri', 'P', '1980-01-01', ${lit(status)}
        FROM ${series} ${listed} WHERE ${sql.raw(where)}
        ON CONFLICT DO NOTHING`;
  const event = (kind: string, on: string, where: string) =>
    sql`INSERT INTO registry_event (kab_code, kind, no_kk, nik, occurred_on, data)
        SELECT '35.17', ${lit(kind)}, ${kk("i")}, ${nik("i")}, ${lit(on)}::date, '{}'::jsonb FROM ${series} WHERE ${sql.raw(where)}`;
  const purchase = (prefix: string, nominal: number, where: string) =>
    sql`INSERT INTO transaksi (kab_code, id_transaksi, waktu, program_code, periode, no_kks, nominal, status, id_agen,
                               desa_code, sumber)
        SELECT '35.17', ${lit(prefix)} || i, TIMESTAMPTZ '2026-01-28 10:00+07' + (i % 300) * interval '1 minute',
               'SEMBAKO', '2026-01', ${card("i")}, ${sql.raw(String(nominal))}, 'berhasil', 'AG' || (1 + i % 300), ${desa}, 'impor'
        FROM ${series} ${listed} WHERE ${sql.raw(where)}`;
  return [
    sql`UPDATE transaksi SET waktu = date_trunc('day', waktu) + interval '1 hour'
                                     + (abs(hashtext(id_transaksi)) % 480) * interval '1 minute'`,
    member("meninggal", "i % 500 = 11"),
    event("kematian", "2026-01-02", "i % 500 = 11"),
    member("pindah", "i % 500 = 13"),
    event("pindah", "2026-01-31", "i % 500 = 13"),
    sql`INSERT INTO kartu_kks_event (kab_code, no_kks, status, pemegang_jenis, pemegang_user_id, pemegang_nama, tanggal,
                                     actor_id)
        SELECT '35.17', ${card("i")}, 'diserahkan', 'staf', NULL, 'Petugas ' || (i % 7), '2026-01-01',
               '00000000-0000-0000-0000-000000000000'
        FROM ${series} WHERE i % 400 = 17`,
    purchase("DUA", 200_000, "i % 300 = 5"),
    purchase("LEBIH", 250_000, "i % 300 = 18"),
    sql`INSERT INTO transaksi (kab_code, id_transaksi, waktu, program_code, periode, no_kks, nominal, status, id_agen,
                               desa_code, sumber)
        SELECT '35.17', 'BURST' || k, TIMESTAMPTZ '2026-01-20 07:00+07' + (k * 45) * interval '1 second', 'SEMBAKO',
               '2026-01', ${card("k * 37")}, 50000, 'berhasil', 'AG-BURST', '35.17.18.2005', 'impor'
        FROM generate_series(1, 12) AS g(k)`,
  ];
}
