import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import { systemActor } from "../scope/actor.ts";

export interface TRegisterFromListInput {
  program: string;
  /** `YYYY-MM`. */
  periode: string;
  /** Who caused it (the importing user); the system when absent. */
  actorId?: string;
}

/**
 * Registers, set-based, the cards a period's payment list (`daftar_bayar`) names that are not yet
 * known: status `diserahkan`, held by the family (the pengurus's name), since the period's start (or
 * its first day when the period row is missing). A card the list names is one the bank issued to the
 * family, so it starts in the family's hands. Each new card gets its first event; one audit row per
 * kabupaten counts them. Cards already registered are left as they are; running it again adds nothing.
 * Call it inside the caller's transaction (the payment-list import, the demo).
 */
export async function registerCardsFromPaymentList(
  tx: TDb,
  input: TRegisterFromListInput,
): Promise<{ registered: number }> {
  const actorId = input.actorId ?? systemActor.userId;
  const catatan = `daftar bayar ${input.program} ${input.periode}`;
  const rows = await queryRows<{ kab_code: string; n: number }>(
    tx,
    sql`WITH since AS (
          SELECT coalesce((SELECT p.mulai FROM periode_penyaluran p
                           WHERE p.program_code = ${input.program} AND p.periode = ${input.periode}),
                          (${input.periode} || '-01')::date) AS tanggal
        ),
        listed AS (
          SELECT DISTINCT ON (d.kab_code, d.no_kks)
                 d.kab_code, d.no_kks, d.no_kk, d.desa_code, d.nik_pengurus, d.bank
          FROM daftar_bayar d
          WHERE d.program_code = ${input.program} AND d.periode = ${input.periode}
            AND NOT EXISTS (SELECT 1 FROM kartu_kks k WHERE k.kab_code = d.kab_code AND k.no_kks = d.no_kks)
          ORDER BY d.kab_code, d.no_kks, d.created_at, d.id
        ),
        added AS (
          INSERT INTO kartu_kks (kab_code, no_kks, no_kk, desa_code, nik_pengurus, bank, status, pemegang_jenis,
                                 pemegang_nama, pemegang_sejak)
          SELECT l.kab_code, l.no_kks, l.no_kk, l.desa_code, l.nik_pengurus, l.bank, 'diserahkan', 'keluarga',
                 a.nama, (s.tanggal)::timestamp AT TIME ZONE 'UTC'
          FROM listed l CROSS JOIN since s
          LEFT JOIN anggota a ON a.kab_code = l.kab_code AND a.nik = l.nik_pengurus
          ON CONFLICT (kab_code, no_kks) DO NOTHING
          RETURNING kab_code, no_kks, desa_code, pemegang_nama
        ),
        logged AS (
          INSERT INTO kartu_kks_event (kab_code, no_kks, status, pemegang_jenis, pemegang_nama, tanggal, catatan, actor_id)
          SELECT a.kab_code, a.no_kks, 'diserahkan', 'keluarga', a.pemegang_nama, s.tanggal, ${catatan}, ${actorId}
          FROM added a CROSS JOIN since s
        )
        -- A data-modifying CTE always runs to completion, read or not: every new card gets its event.
        SELECT a.kab_code, count(*)::int AS n
        FROM added a
        GROUP BY a.kab_code
        ORDER BY a.kab_code`,
  );
  for (const row of rows) {
    await writeAudit(tx, {
      wilayahCode: row.kab_code,
      actorId: input.actorId ?? null,
      action: "card.register_from_list",
      entityType: "kartu_kks",
      data: { program: input.program, periode: input.periode, cards: row.n },
    });
  }
  return { registered: rows.reduce((sum, row) => sum + row.n, 0) };
}
