import { sql } from "@kawal/server/bench";

type SQL = ReturnType<typeof sql>;

/** The period every run reconciles. */
export const PERIOD = { program: "SEMBAKO", periode: "2026-01" } as const;
const NOMINAL = 200_000;

/**
 * The desa of Kabupaten Jombang in code order, as `desa[i]` (1-based) for the generator. Needs the
 * regions loaded.
 */
const desaCte = sql`desa AS (
  SELECT array_agg(code ORDER BY code) AS codes, count(*)::int AS n
  FROM wilayah WHERE level = 4 AND code LIKE '35.17.%')`;

/**
 * Deterministic data for one period, by INSERT … SELECT over generate_series (the same on PostgreSQL
 * and PGlite): `families` listed families spread over the kabupaten's desa, and about 1.3 transactions
 * per family. Family i falls in a class by i mod 20:
 *   0–11 one full purchase (and when i mod 100 = 1 the card was replaced: half on the old card, half on
 *        the new one, which `kartu_kks` knows), 12–13 a partial purchase, 14–15 a failed then a
 *        successful one, 16–17 two halves, 18 nothing, 19 two failures (the bank's reason).
 * One family in 50 is not injected yet. Then 3% as many unlisted cards with three purchases each.
 */
export function loadStatements(families: number): SQL[] {
  const n = families;
  const stray = Math.max(1, Math.round(families * 0.03));
  const kk = (i: SQL) => sql`'3517' || lpad(${i}::text, 12, '0')`;
  const kks = (prefix: string, i: SQL) => sql`${sql.raw(`'${prefix}'`)} || lpad(${i}::text, 15, '0')`;
  const desaOf = (i: SQL) => sql`desa.codes[1 + (${i} % desa.n)]`;
  const at = (i: SQL, hour: number) =>
    sql`TIMESTAMPTZ '2026-01-03 08:00+07' + ((${i} % 25) || ' days')::interval + interval '${sql.raw(String(hour))} hours'`;
  // Generator constants only (no input): written into the statement as literals, so every column's type
  // is the table's and not a guess from a parameter.
  const lit = (value: string | number) => sql.raw(typeof value === "number" ? String(value) : `'${value}'`);
  const trx = (
    id: string,
    i: SQL,
    card: SQL,
    nominal: number,
    status: string,
    hour: number,
    alasan: string | null,
  ) =>
    sql`SELECT '35.17', ${lit(id)} || ${i}, ${at(i, hour)}, ${lit(PERIOD.program)}, ${lit(PERIOD.periode)}, ${card},
               ${lit(nominal)}, ${lit(status)}, ${alasan === null ? sql`NULL` : lit(alasan)},
               'AG' || (1 + (${i} % desa.n)), ${desaOf(i)}, 'impor'`;
  const cols = sql`(kab_code, id_transaksi, waktu, program_code, periode, no_kks, nominal, status, alasan, id_agen, desa_code, sumber)`;
  const i = sql`i`;
  const listedCard = kks("5", i);
  const from = (where: SQL) => sql`FROM generate_series(1, ${n}) AS g(i), desa WHERE ${where}`;
  return [
    sql`INSERT INTO periode_penyaluran (program_code, periode, mulai, selesai)
        VALUES (${PERIOD.program}, ${PERIOD.periode}, '2026-01-01', '2026-01-31')`,
    sql`WITH ${desaCte}
        INSERT INTO daftar_bayar (kab_code, program_code, periode, no_kk, desa_code, nik_pengurus, nominal, no_kks, bank,
                                  status_injeksi)
        SELECT '35.17', ${PERIOD.program}, ${PERIOD.periode}, ${kk(i)}, ${desaOf(i)}, '3517' || lpad(i::text, 12, '9'),
               ${NOMINAL}, ${listedCard}, 'BNI', CASE WHEN i % 50 = 7 THEN 'belum' ELSE 'terinjek' END
        FROM generate_series(1, ${n}) AS g(i), desa`,
    sql`INSERT INTO kartu_kks (kab_code, no_kks, no_kk, desa_code, bank, status, pemegang_jenis, pemegang_sejak, menggantikan)
        WITH ${desaCte}
        SELECT '35.17', ${kks("6", i)}, ${kk(i)}, ${desaOf(i)}, 'BNI', 'diserahkan', 'keluarga', '2026-01-10', ${listedCard}
        ${from(sql`i % 100 = 1`)}`,
    sql`INSERT INTO transaksi ${cols}
        WITH ${desaCte}
        ${trx("F", i, listedCard, NOMINAL, "berhasil", 0, null)} ${from(sql`i % 20 < 12 AND i % 100 <> 1`)}
        UNION ALL ${trx("R", i, listedCard, NOMINAL / 2, "berhasil", 0, null)} ${from(sql`i % 100 = 1`)}
        UNION ALL ${trx("S", i, kks("6", i), NOMINAL / 2, "berhasil", 200, null)} ${from(sql`i % 100 = 1`)}
        UNION ALL ${trx("P", i, listedCard, 120_000, "berhasil", 0, null)} ${from(sql`i % 20 IN (12, 13)`)}
        UNION ALL ${trx("G", i, listedCard, NOMINAL, "gagal", 0, "saldo tidak cukup")} ${from(sql`i % 20 IN (14, 15)`)}
        UNION ALL ${trx("B", i, listedCard, NOMINAL, "berhasil", 2, null)} ${from(sql`i % 20 IN (14, 15)`)}
        UNION ALL ${trx("H", i, listedCard, NOMINAL / 2, "berhasil", 0, null)} ${from(sql`i % 20 IN (16, 17)`)}
        UNION ALL ${trx("J", i, listedCard, NOMINAL / 2, "berhasil", 5, null)} ${from(sql`i % 20 IN (16, 17)`)}
        UNION ALL ${trx("X", i, listedCard, NOMINAL, "gagal", 0, "kartu terblokir")} ${from(sql`i % 20 = 19`)}
        UNION ALL ${trx("Y", i, listedCard, NOMINAL, "gagal", 3, "PIN salah")} ${from(sql`i % 20 = 19`)}`,
    sql`INSERT INTO transaksi ${cols}
        WITH ${desaCte}
        SELECT '35.17', 'U' || j || '-' || k, TIMESTAMPTZ '2026-01-04 09:00+07' + (k || ' days')::interval,
               ${PERIOD.program}, ${PERIOD.periode}, ${kks("7", sql`j`)}, 50000, 'berhasil', NULL,
               'AG' || (1 + (j % desa.n)), ${desaOf(sql`j`)}, 'impor'
        FROM generate_series(1, ${stray}) AS g(j), generate_series(1, 3) AS h(k), desa`,
  ];
}

/** What the generator makes, per class, for checking both computations against it as well. */
export function expectedClasses(families: number): {
  tersalur: number;
  sebagian: number;
  belum: number;
  tidakTerdaftar: number;
} {
  const counts = {
    tersalur: 0,
    sebagian: 0,
    belum: 0,
    tidakTerdaftar: Math.max(1, Math.round(families * 0.03)),
  };
  for (let i = 1; i <= families; i++) {
    const c = i % 20;
    if (c === 12 || c === 13) counts.sebagian++;
    else if (c >= 18) counts.belum++;
    else counts.tersalur++;
  }
  return counts;
}

/**
 * The floor: one INSERT … SELECT into an unlogged table computing the same classes with the same
 * joins (the listed card and the family's other cards, transactions summed per family; unlisted
 * cards by an anti-join), without the reasons, the scope filter, the delete or the audit.
 */
/** The floor's one statement (the INSERT … SELECT); `floorScript` wraps it for psql. */
export const floorInsert = `
INSERT INTO floor_rekonsiliasi
WITH fam AS MATERIALIZED (
  SELECT kab_code, no_kk, no_kks, nominal FROM daftar_bayar
  WHERE program_code = '${PERIOD.program}' AND periode = '${PERIOD.periode}'),
card AS (
  SELECT kab_code, no_kk, no_kks FROM fam
  UNION ALL
  (SELECT f.kab_code, f.no_kk, k.no_kks FROM fam f JOIN kartu_kks k ON k.kab_code = f.kab_code AND k.no_kk = f.no_kk
   WHERE k.no_kks <> f.no_kks
   UNION
   SELECT f.kab_code, f.no_kk, k.no_kks FROM fam f JOIN kartu_kks k ON k.kab_code = f.kab_code AND k.menggantikan = f.no_kks
   WHERE k.no_kks <> f.no_kks)),
tx AS MATERIALIZED (
  SELECT kab_code, no_kks, nominal FROM transaksi
  WHERE program_code = '${PERIOD.program}' AND periode = '${PERIOD.periode}' AND status = 'berhasil'),
paid AS (
  SELECT c.kab_code, c.no_kk, sum(t.nominal) AS s, count(*) AS n
  FROM tx t JOIN card c ON c.no_kks = t.no_kks
  GROUP BY c.kab_code, c.no_kk)
SELECT f.kab_code, f.no_kk,
       CASE WHEN p.n > 0 AND p.s >= f.nominal THEN 'tersalur' WHEN p.s > 0 THEN 'sebagian' ELSE 'belum' END,
       f.nominal, coalesce(p.s, 0)
FROM fam f LEFT JOIN paid p ON p.kab_code = f.kab_code AND p.no_kk = f.no_kk
UNION ALL
SELECT t.kab_code, 'kks:' || t.no_kks, 'tidak_terdaftar', 0, sum(t.nominal)
FROM tx t
WHERE NOT EXISTS (SELECT 1 FROM card c WHERE c.no_kks = t.no_kks)
GROUP BY t.kab_code, t.no_kks`;

export const floorColumns =
  "(kab_code text, kunci text, kelas text, nominal_daftar bigint, nominal_realisasi bigint)";
export const floorSettings = [
  "SET enable_nestloop = off",
  "SET enable_mergejoin = off",
  "SET work_mem = '256MB'",
];
export const floorCounts =
  "SELECT string_agg(kelas || '=' || n, ' ' ORDER BY kelas) AS classes FROM (SELECT kelas, count(*) AS n FROM floor_rekonsiliasi GROUP BY kelas) x";

/** The floor for psql on PostgreSQL, into an unlogged table; prints `kelas=n …`. */
export const floorScript = `
DROP TABLE IF EXISTS floor_rekonsiliasi;
CREATE UNLOGGED TABLE floor_rekonsiliasi ${floorColumns};
${floorSettings.join(";\n")};
${floorInsert};
${floorCounts};
`;
