import type { TBilingual } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import type { TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { inScope } from "../../scope/scope.ts";
import { pairRowsSql } from "./peserta-staging.ts";

const OPEN = sql`('calon', 'tervalidasi', 'aktif', 'ditangguhkan')`;

/** Refuses the staged rows (not yet refused) matching `where`, blaming `kolom` with `reason`. */
async function refuse(db: TDb, where: SQL, kolom: string, reason: TBilingual): Promise<void> {
  await db.execute(sql`
    WITH hit AS (
      UPDATE stg_peserta s SET rejected = true WHERE NOT s.rejected AND (${where}) RETURNING s.line
    )
    INSERT INTO stg_peserta_reject (line, kolom, alasan_id, alasan_en)
    SELECT line, ${kolom}, ${reason.id}, ${reason.en} FROM hit`);
}

/**
 * The checks of a `peserta` file that need the whole file or the database, set-based over the staging
 * table (FORMATS.md §2). Each refused row gets one reason, from the first check it fails, in the order a
 * user would fix them: the programme, repeats, the family, its card holder, then the state change.
 */
export async function runPesertaChecks(db: TDb, actor: TActor, now: Date): Promise<void> {
  await db.execute(sql`CREATE INDEX ON stg_peserta (program, no_kk)`);
  await refuse(
    db,
    sql`NOT EXISTS (SELECT 1 FROM program p WHERE p.code = s.program AND p.aktif)`,
    "program",
    {
      id: "Program tidak dikenal atau tidak aktif",
      en: "Unknown or inactive programme",
    },
  );
  // Which of two rows for one family and programme is right cannot be guessed: both are refused.
  await refuse(
    db,
    sql`EXISTS (SELECT 1 FROM stg_peserta o WHERE o.program = s.program AND o.no_kk = s.no_kk AND o.line <> s.line)`,
    "program, no_kk",
    {
      id: "Program dan No. KK yang sama muncul lebih dari sekali dalam berkas",
      en: "The same programme and No. KK appear more than once in the file",
    },
  );
  await db.execute(sql`
    UPDATE stg_peserta s SET kab_code = k.kab_code, desa_code = k.desa_code
    FROM keluarga k WHERE k.no_kk = s.no_kk AND NOT s.rejected`);
  // Outside the importer's scope reads like missing: a file cannot probe for families elsewhere.
  await refuse(db, sql`s.kab_code IS NULL OR NOT ${inScope(actor, sql`s.desa_code`)}`, "no_kk", {
    id: "No. KK tidak ada di registri wilayah Anda",
    en: "The No. KK is not in the registry of your area",
  });
  await refuse(
    db,
    sql`NOT EXISTS (SELECT 1 FROM anggota a WHERE a.kab_code = s.kab_code AND a.nik = s.nik_pengurus
                      AND a.no_kk = s.no_kk AND a.status = 'aktif')`,
    "nik_pengurus",
    {
      id: "NIK pengurus bukan anggota aktif keluarga ini",
      en: "The card holder's NIK is not an active member of this family",
    },
  );
  await db.execute(sql`
    UPDATE stg_peserta s SET enrolment_id = e.id, cur_status = e.status, cur_sejak = e.sejak
    FROM enrolment e
    WHERE e.kab_code = s.kab_code AND e.no_kk = s.no_kk AND e.program_code = s.program AND e.status IN ${OPEN}
      AND NOT s.rejected`);
  await db.execute(sql`
    UPDATE stg_peserta s SET last_status = (
      SELECT e.status FROM enrolment e
      WHERE e.kab_code = s.kab_code AND e.no_kk = s.no_kk AND e.program_code = s.program
      ORDER BY e.sejak DESC, e.updated_at DESC LIMIT 1)
    WHERE s.enrolment_id IS NULL AND NOT s.rejected`);
  await db.execute(pairRowsSql(now));
  // An open enrolment moves only along the table; a closed one is history, and a closed state in the
  // file may only repeat it (a stopped family is not graduated by a file, nor the reverse).
  await db.execute(sql`
    WITH hit AS (
      UPDATE stg_peserta s SET rejected = true
      FROM stg_peserta_pair p
      WHERE NOT s.rejected AND p.to_status = s.status AND NOT p.allowed AND s.status <> coalesce(s.cur_status, s.last_status)
        AND ((s.cur_status IS NOT NULL AND p.from_status = s.cur_status)
          OR (s.cur_status IS NULL AND p.from_status = s.last_status AND s.status IN ('dihentikan', 'graduasi')
              AND s.last_status IN ('dihentikan', 'graduasi')))
      RETURNING s.line, p.alasan_id, p.alasan_en
    )
    INSERT INTO stg_peserta_reject (line, kolom, alasan_id, alasan_en) SELECT line, 'status', alasan_id, alasan_en FROM hit`);
  await refuse(
    db,
    sql`s.cur_status IS NOT NULL AND s.cur_status <> s.status AND s.sejak < s.cur_sejak`,
    "sejak",
    {
      id: "Tanggal sejak lebih awal dari tanggal status kepesertaan sekarang",
      en: "The sejak date is earlier than the date of the enrolment's current state",
    },
  );
}
