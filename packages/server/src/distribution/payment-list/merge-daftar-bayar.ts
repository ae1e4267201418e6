import { maskNumber, type TDaftarBayarCounts } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit.ts";
import { registerCardsFromPaymentList } from "../../cards/register-cards-from-payment-list.ts";
import { queryRows, type TDb } from "../../db/database.ts";
import { ensurePeriods, type TPeriodKey } from "../periods/ensure-periods.ts";
import { DAFTAR_BAYAR_STAGING as T } from "./daftar-bayar-staging.ts";

/** Changed rows per audit row, so one audit row stays a readable size on a large list. */
const UPDATES_PER_AUDIT = 1_000;

/**
 * The upsert of the accepted rows on the family key (`daftar_bayar_family_key`): a second import racing
 * this one waits on the key and then updates instead of inserting, so a family can never get a second
 * row for a programme and period. Rows go in key order, so two racing imports lock keys in one order.
 * A row that says nothing of the injection keeps the stored status (a later list must not undo the
 * bank's marking); one that says it sets it. Only a real change is written (the WHERE of DO UPDATE).
 */
function upsertSql(jobId: string, withStatus: boolean) {
  const statusSet = withStatus
    ? sql`, status_injeksi = EXCLUDED.status_injeksi, terinjek_pada = CASE WHEN EXCLUDED.status_injeksi = 'terinjek'
             THEN coalesce(EXCLUDED.terinjek_pada, d.terinjek_pada) END`
    : sql``;
  const statusDiff = withStatus ? sql`, d.status_injeksi, d.terinjek_pada` : sql``;
  const statusNew = withStatus
    ? sql`, EXCLUDED.status_injeksi, CASE WHEN EXCLUDED.status_injeksi = 'terinjek'
             THEN coalesce(EXCLUDED.terinjek_pada, d.terinjek_pada) END`
    : sql``;
  return sql`
    WITH up AS (
      INSERT INTO daftar_bayar AS d (kab_code, program_code, periode, no_kk, desa_code, nik_pengurus, nominal, no_kks,
                                     bank, tahap, status_injeksi, terinjek_pada, job_id)
      SELECT s.kab_code, s.program, s.periode, s.no_kk, s.desa_code, s.nik_pengurus, s.nominal, s.no_kks, s.bank, s.tahap,
             coalesce(s.status_injeksi, 'belum'), CASE WHEN s.status_injeksi = 'terinjek' THEN s.tanggal_injeksi END,
             ${jobId}::uuid
      FROM ${sql.raw(T)} s
      WHERE NOT s.rejected AND (s.status_injeksi IS NOT NULL) = ${withStatus}
      ORDER BY s.kab_code, s.program, s.periode, s.no_kk
      ON CONFLICT (kab_code, program_code, periode, no_kk) DO UPDATE
        SET desa_code = EXCLUDED.desa_code, nik_pengurus = EXCLUDED.nik_pengurus, nominal = EXCLUDED.nominal,
            no_kks = EXCLUDED.no_kks, bank = EXCLUDED.bank, tahap = EXCLUDED.tahap, job_id = EXCLUDED.job_id
            ${statusSet}
        WHERE (d.desa_code, d.nik_pengurus, d.nominal, d.no_kks, d.bank, d.tahap ${statusDiff})
              IS DISTINCT FROM
              (EXCLUDED.desa_code, EXCLUDED.nik_pengurus, EXCLUDED.nominal, EXCLUDED.no_kks, EXCLUDED.bank, EXCLUDED.tahap ${statusNew})
      RETURNING d.kab_code, d.id, (d.xmax = 0) AS inserted
    )
    INSERT INTO stg_daftar_bayar_done (kab_code, id, inserted) SELECT kab_code, id, inserted FROM up`;
}

interface TStored {
  desa_code: string;
  nik_pengurus: string;
  nominal: string | number;
  no_kks: string;
  bank: string;
  tahap: number | null;
  status_injeksi: string;
  terinjek_pada: string | null;
}
const shown = (r: TStored) => ({
  desa: r.desa_code,
  nikPengurus: maskNumber(r.nik_pengurus),
  nominal: Number(r.nominal),
  noKks: maskNumber(r.no_kks),
  bank: r.bank,
  tahap: r.tahap,
  statusInjeksi: r.status_injeksi,
  terinjekPada: r.terinjek_pada,
});

/**
 * Applies the accepted rows of a payment list: opens the periods it names that do not exist yet, upserts
 * the rows, registers the KKS cards it names that are not known yet, and audits every changed row with its values before and after (personal numbers masked).
 * Counted per kabupaten; `nominalDiffers` counts SEMBAKO rows away from the rule in force (arrears).
 */
export async function mergeDaftarBayar(
  db: TDb,
  context: { jobId: string; actorId: string },
): Promise<{ counts: TDaftarBayarCounts[]; opened: TPeriodKey[]; cardsRegistered: number }> {
  const periods = await queryRows<TPeriodKey>(
    db,
    sql`SELECT DISTINCT program, periode, tahap FROM ${sql.raw(T)} WHERE NOT rejected ORDER BY program, periode`,
  );
  const opened = await ensurePeriods(db, periods, context.actorId);
  // What the rows were before, for the audit of the ones that change.
  await db.execute(sql`
    CREATE TEMP TABLE stg_daftar_bayar_before ON COMMIT DROP AS
    SELECT d.kab_code, d.id, d.desa_code, d.nik_pengurus, d.nominal, d.no_kks, d.bank, d.tahap, d.status_injeksi,
           to_char(d.terinjek_pada, 'YYYY-MM-DD') AS terinjek_pada
    FROM daftar_bayar d JOIN ${sql.raw(T)} s
      ON d.kab_code = s.kab_code AND d.program_code = s.program AND d.periode = s.periode AND d.no_kk = s.no_kk
    WHERE NOT s.rejected`);
  await db.execute(sql`
    CREATE TEMP TABLE stg_daftar_bayar_done (kab_code text NOT NULL, id uuid NOT NULL, inserted boolean NOT NULL)
    ON COMMIT DROP`);
  await db.execute(upsertSql(context.jobId, false));
  await db.execute(upsertSql(context.jobId, true));

  const updates = await queryRows<
    { kab_code: string; id: string; program: string; periode: string } & {
      before: TStored | null;
      after: TStored;
    }
  >(
    db,
    sql`SELECT d.kab_code, d.id, d.program_code AS program, d.periode,
               CASE WHEN b.id IS NULL THEN NULL ELSE json_build_object('desa_code', b.desa_code, 'nik_pengurus', b.nik_pengurus,
                 'nominal', b.nominal, 'no_kks', b.no_kks, 'bank', b.bank, 'tahap', b.tahap,
                 'status_injeksi', b.status_injeksi, 'terinjek_pada', b.terinjek_pada) END AS before,
               json_build_object('desa_code', d.desa_code, 'nik_pengurus', d.nik_pengurus, 'nominal', d.nominal,
                 'no_kks', d.no_kks, 'bank', d.bank, 'tahap', d.tahap, 'status_injeksi', d.status_injeksi,
                 'terinjek_pada', to_char(d.terinjek_pada, 'YYYY-MM-DD')) AS after
        FROM stg_daftar_bayar_done x
        JOIN daftar_bayar d ON d.kab_code = x.kab_code AND d.id = x.id
        LEFT JOIN stg_daftar_bayar_before b ON b.kab_code = x.kab_code AND b.id = x.id
        WHERE NOT x.inserted
        ORDER BY d.kab_code, d.id`,
  );
  // The cards a list names start their lifecycle in the family's hands (cards/, custody).
  let cardsRegistered = 0;
  for (const period of periods) {
    const cards = await registerCardsFromPaymentList(db, { ...period, actorId: context.actorId });
    cardsRegistered += cards.registered;
  }

  const byKab = new Map<string, typeof updates>();
  for (const u of updates) {
    const list = byKab.get(u.kab_code);
    if (list) list.push(u);
    else byKab.set(u.kab_code, [u]);
  }
  for (const [kabCode, rows] of byKab) {
    for (let at = 0; at < rows.length; at += UPDATES_PER_AUDIT) {
      await writeAudit(db, {
        wilayahCode: kabCode,
        actorId: context.actorId,
        action: "payment_list.update",
        entityType: "job",
        entityId: context.jobId,
        data: {
          updates: rows.slice(at, at + UPDATES_PER_AUDIT).map((u) => ({
            id: u.id,
            program: u.program,
            periode: u.periode,
            before: u.before ? shown(u.before) : null,
            after: shown(u.after),
          })),
        },
      });
    }
  }

  const perKab = await queryRows<{
    kab_code: string;
    accepted: number;
    created: number;
    updated: number;
    differs: number;
  }>(
    db,
    sql`WITH rule AS (
          SELECT p.program, p.periode,
                 (SELECT (r.value->>'nominal')::bigint FROM program_rule r
                  WHERE r.program_code = p.program AND r.rule = 'sembako_nominal'
                    AND r.berlaku_mulai <= to_date(p.periode || '-01', 'YYYY-MM-DD')
                  ORDER BY r.berlaku_mulai DESC LIMIT 1) AS nominal
          FROM (SELECT DISTINCT program, periode FROM ${sql.raw(T)} WHERE NOT rejected AND program = 'SEMBAKO') p
        ), staged AS (
          SELECT s.kab_code, count(*)::int AS accepted,
                 count(*) FILTER (WHERE r.nominal IS NOT NULL AND s.nominal <> r.nominal)::int AS differs
          FROM ${sql.raw(T)} s LEFT JOIN rule r ON r.program = s.program AND r.periode = s.periode
          WHERE NOT s.rejected GROUP BY s.kab_code
        ), done AS (
          SELECT kab_code, count(*) FILTER (WHERE inserted)::int AS created,
                 count(*) FILTER (WHERE NOT inserted)::int AS updated
          FROM stg_daftar_bayar_done GROUP BY kab_code
        )
        SELECT s.kab_code, s.accepted, coalesce(d.created, 0) AS created, coalesce(d.updated, 0) AS updated, s.differs
        FROM staged s LEFT JOIN done d ON d.kab_code = s.kab_code
        ORDER BY s.kab_code`,
  );
  const counts = perKab.map((r) => ({
    kabCode: r.kab_code,
    created: r.created,
    updated: r.updated,
    unchanged: r.accepted - r.created - r.updated,
    nominalDiffers: r.differs,
  }));
  return { counts, opened, cardsRegistered };
}
