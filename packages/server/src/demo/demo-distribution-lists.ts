import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { demoPeriods } from "./demo-distribution-plan.ts";
import { stableUuid } from "./demo-sql.ts";

/** The people the demo's distribution rows name as actors. */
export interface TDemoActors {
  dinsos: string;
  tksk: string;
  /** The PSM of Pucangsimo, who collects the cards in the planted fraud. */
  psm: string;
}

const count = async (tx: TDb, query: ReturnType<typeof sql>) =>
  (
    await queryRows<{ n: number }>(
      tx,
      sql`WITH ins AS (${query} ON CONFLICT DO NOTHING RETURNING 1) SELECT count(*)::int AS n FROM ins`,
    )
  )[0]?.n ?? 0;

/** A date at 10:00 WIB (03:00 UTC), so its UTC date and its local date are the same day. */
const at10 = (date: ReturnType<typeof sql>) =>
  sql`((${date})::timestamp + interval '3 hours') AT TIME ZONE 'UTC'`;

/**
 * The periods, the payment lists (one row per family, programme and period, from `demo_plan`) and the
 * KKS cards with their history: printed, handed to the pengurus, and for the few cards with a story
 * blocked, lost, damaged and replaced, or collected by the PSM. Keyed by data: a second load adds nothing.
 */
export async function insertDemoLists(
  tx: TDb,
  actors: TDemoActors,
): Promise<{ periods: number; listed: number; cards: number; cardEvents: number }> {
  const periods = await count(
    tx,
    sql`INSERT INTO periode_penyaluran (program_code, periode, tahap, mulai, selesai, created_by)
        SELECT p.program_code, p.periode, p.tahap, to_date(p.periode || '-01', 'YYYY-MM-DD'),
               (to_date(p.periode || '-01', 'YYYY-MM-DD') + interval '1 month' - interval '1 day')::date, ${actors.dinsos}::uuid
        FROM ${demoPeriods}`,
  );
  const listed = await count(
    tx,
    sql`INSERT INTO daftar_bayar (kab_code, id, program_code, periode, no_kk, desa_code, nik_pengurus, nominal, no_kks,
                                  bank, tahap, status_injeksi, terinjek_pada)
        SELECT p.kab_code, ${stableUuid(sql`'demo-daftar:' || p.program_code || p.periode || p.no_kk`)}, p.program_code,
               p.periode, p.no_kk, p.desa_code, p.nik_pengurus, p.nominal, p.kartu_daftar, p.bank, p.tahap,
               CASE WHEN p.hasil = 'belum_injeksi' THEN 'belum' ELSE 'terinjek' END,
               CASE WHEN p.hasil = 'belum_injeksi' THEN NULL
                    ELSE p.mulai + CASE WHEN p.program_code = 'PKH' THEN 14 ELSE 2 END END
        FROM demo_plan p`,
  );
  // The card as it stands now. Pengurus names come from the registry; a card collected by the PSM is
  // with staff since 24 November, held by name like every staff holder (the name from the account).
  const psmName = sql`(SELECT full_name FROM users WHERE id = ${actors.psm}::uuid)`;
  const cards = await count(
    tx,
    sql`INSERT INTO kartu_kks (kab_code, id, no_kks, no_kk, desa_code, nik_pengurus, bank, status, pemegang_jenis,
                               pemegang_user_id, pemegang_nama, pemegang_sejak, menggantikan)
        SELECT k.kab_code, ${stableUuid(sql`'demo-kartu:' || c.no_kks`)}, c.no_kks, k.no_kk, k.desa_code, k.nik_pengurus,
               k.bank, c.status, c.pemegang, CASE WHEN c.pemegang = 'staf' THEN ${actors.psm}::uuid END,
               CASE WHEN c.pemegang = 'keluarga' THEN a.nama WHEN c.pemegang = 'bank' THEN k.bank || ' KC Jombang'
                    WHEN c.pemegang = 'staf' THEN ${psmName} END,
               ${at10(sql`c.sejak`)}, c.menggantikan
        FROM demo_kartu k
        LEFT JOIN anggota a ON a.kab_code = k.kab_code AND a.nik = k.nik_pengurus
        CROSS JOIN LATERAL (VALUES
          (k.no_kks,
           CASE k.masalah WHEN 'blokir' THEN 'diblokir' WHEN 'hilang' THEN 'hilang' WHEN 'ganti' THEN 'diganti' ELSE 'diserahkan' END,
           CASE k.masalah WHEN 'titip' THEN 'staf' WHEN 'ganti' THEN 'bank' ELSE 'keluarga' END,
           CASE k.masalah WHEN 'titip' THEN DATE '2025-11-24' WHEN 'blokir' THEN DATE '2025-12-02'
                          WHEN 'hilang' THEN DATE '2025-11-05' WHEN 'ganti' THEN DATE '2025-10-06' ELSE k.sejak END,
           NULL::text),
          (k.kartu_baru, 'diserahkan', 'keluarga', DATE '2025-10-06', k.no_kks)
        ) AS c(no_kks, status, pemegang, sejak, menggantikan)
        WHERE c.no_kks IS NOT NULL`,
  );
  // Every step of each card's life, oldest first: step numbers key the rows.
  const cardEvents = await count(
    tx,
    sql`INSERT INTO kartu_kks_event (kab_code, id, no_kks, status, pemegang_jenis, pemegang_user_id, pemegang_nama,
                                     tanggal, catatan, actor_id, recorded_at)
        SELECT k.kab_code, ${stableUuid(sql`'demo-kartu-event:' || e.no_kks || ':' || e.step`)}, e.no_kks, e.status,
               e.pemegang, CASE WHEN e.pemegang = 'staf' THEN ${actors.psm}::uuid END,
               CASE WHEN e.pemegang = 'keluarga' THEN a.nama WHEN e.pemegang = 'bank' THEN k.bank || ' KC Jombang'
                    WHEN e.pemegang = 'staf' THEN ${psmName} END,
               e.tanggal, e.catatan, ${actors.tksk}::uuid, ${at10(sql`e.tanggal`)} + make_interval(mins => e.step)
        FROM demo_kartu k
        LEFT JOIN anggota a ON a.kab_code = k.kab_code AND a.nik = k.nik_pengurus
        CROSS JOIN LATERAL (VALUES
          -- Printing is recorded for the cards with a story; for the others the hand-over is their first event.
          (CASE WHEN k.masalah IS NOT NULL THEN k.no_kks END, 1, 'dicetak', 'bank', k.sejak - 21, 'Kartu dicetak bank penyalur'),
          (k.no_kks, 2, 'diserahkan', 'keluarga', k.sejak, 'Diserahkan kepada pengurus pada pertemuan awal'),
          (CASE WHEN k.masalah = 'titip' THEN k.no_kks END, 3, 'diserahkan', 'staf', DATE '2025-11-24',
           'Dikumpulkan PSM "untuk dibantu pencairan"'),
          (CASE WHEN k.masalah = 'blokir' THEN k.no_kks END, 3, 'diblokir', 'keluarga', DATE '2025-12-02',
           'PIN salah tiga kali, kartu diblokir bank'),
          (CASE WHEN k.masalah = 'hilang' THEN k.no_kks END, 3, 'hilang', 'keluarga', DATE '2025-11-05',
           'Kartu hilang; surat keterangan desa dan laporan polisi sedang diurus'),
          (CASE WHEN k.masalah = 'ganti' THEN k.no_kks END, 3, 'rusak', 'keluarga', DATE '2025-09-22',
           'Chip kartu rusak, tidak terbaca mesin EDC'),
          (CASE WHEN k.masalah = 'ganti' THEN k.no_kks END, 4, 'diganti', 'bank', DATE '2025-10-06',
           'Ditukar dengan kartu cetak ulang'),
          (k.kartu_baru, 1, 'dicetak', 'bank', DATE '2025-10-01', 'Cetak ulang pengganti kartu rusak'),
          (k.kartu_baru, 2, 'diserahkan', 'keluarga', DATE '2025-10-06', 'Diserahkan kepada pengurus di kantor bank')
        ) AS e(no_kks, step, status, pemegang, tanggal, catatan)
        WHERE e.no_kks IS NOT NULL`,
  );
  return { periods, listed, cards, cardEvents };
}
