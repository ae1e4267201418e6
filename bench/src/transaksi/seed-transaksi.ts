import { sql, type TDatabase } from "@kawal/server/bench";
import { cardOf, noKkOf, PERIODE, type TTransaksiFixture } from "./transaksi-files.ts";

/**
 * Set-up, not measured: the agents, the period and its payment list (one row per listed family, on the
 * cards the file uses), by set-based SQL on the database the import will run against.
 */
export async function seedTransaksi(database: TDatabase, fixture: TTransaksiFixture): Promise<void> {
  const agentRows = fixture.agents.map(
    (a) => sql`('35.17', ${a.idAgen}, ${`e-Warong ${a.idAgen}`}, ${a.desa}, 'BRI')`,
  );
  for (let i = 0; i < agentRows.length; i += 1_000) {
    await database.db.execute(
      sql`INSERT INTO agen (kab_code, id_agen, nama, desa_code, bank) VALUES ${sql.join(agentRows.slice(i, i + 1_000), sql`, `)}`,
    );
  }
  await database.db.execute(
    sql`INSERT INTO periode_penyaluran (program_code, periode, mulai, selesai) VALUES ('SEMBAKO', ${PERIODE}, '2024-07-01', '2024-07-31')`,
  );
  const desa = fixture.agents.map((a) => a.desa);
  // The same card and family numbers as `cardOf` and `noKkOf`, computed in SQL.
  const sample = `${cardOf(0)}|${noKkOf(0)}`;
  if (sample !== "6019000000000000|3517990000000000") throw new Error("card numbering changed");
  await database.db.execute(sql`
    INSERT INTO daftar_bayar (kab_code, program_code, periode, no_kk, desa_code, nik_pengurus, nominal, no_kks, bank)
    SELECT '35.17', 'SEMBAKO', ${PERIODE}, '35179900' || lpad(j::text, 8, '0'),
           (ARRAY[${sql.join(
             desa.map((d) => sql`${d}`),
             sql`, `,
           )}]::text[])[1 + (j / 600) % ${desa.length}], '35179900' || lpad(j::text, 8, '0'), 200000,
           '6019' || lpad(j::text, 12, '0'), 'BRI'
    FROM generate_series(0, ${fixture.families - 1}) AS j`);
}
