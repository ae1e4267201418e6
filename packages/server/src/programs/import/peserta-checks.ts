import { sql } from "drizzle-orm";
import type { TDb } from "../../db/database.ts";
import { refuseFamilyOutsideRules, refuseUnknownProgramme } from "../../interchange/family-checks.ts";
import { refuseStaged } from "../../interchange/staged-rows.ts";
import type { TActor } from "../../scope/actor.ts";
import { pairRowsSql } from "./peserta-staging.ts";

const T = "stg_peserta";

const OPEN = sql`('calon', 'tervalidasi', 'aktif', 'ditangguhkan')`;

/**
 * The checks of a `peserta` file that need the whole file or the database, set-based over the staging
 * table (docs/formats.md §2). Each refused row gets one reason, from the first check it fails, in the order a
 * user would fix them: the programme, repeats, the family, its card holder, then the state change.
 */
export async function runPesertaChecks(db: TDb, actor: TActor, now: Date): Promise<void> {
  await db.execute(sql`CREATE INDEX ON stg_peserta (program, no_kk)`);
  await refuseUnknownProgramme(db, T);
  // Which of two rows for one family and programme is right cannot be guessed: both are refused.
  await refuseStaged(
    db,
    T,
    sql`EXISTS (SELECT 1 FROM stg_peserta o WHERE o.program = s.program AND o.no_kk = s.no_kk AND o.line <> s.line)`,
    "program, no_kk",
    {
      id: "Program dan No. KK yang sama muncul lebih dari sekali dalam berkas",
      en: "The same programme and No. KK appear more than once in the file",
    },
  );
  // One pass finds each row's family, its open enrolment in the programme and its latest one: a hash
  // join over the file, not one index probe per row.
  await db.execute(sql`
    UPDATE stg_peserta s
    SET kab_code = x.kab_code, desa_code = x.desa_code, enrolment_id = x.open_id, cur_status = x.open_status,
        cur_sejak = x.open_sejak, last_status = x.last_status
    FROM (
      SELECT s2.line, k.kab_code, k.desa_code, o.id AS open_id, o.status AS open_status, o.sejak AS open_sejak,
             l.status AS last_status
      FROM stg_peserta s2
      JOIN keluarga k ON k.no_kk = s2.no_kk
      LEFT JOIN enrolment o ON o.kab_code = k.kab_code AND o.no_kk = s2.no_kk AND o.program_code = s2.program
        AND o.status IN ${OPEN}
      LEFT JOIN (
        SELECT DISTINCT ON (e.kab_code, e.no_kk, e.program_code) e.kab_code, e.no_kk, e.program_code, e.status
        FROM enrolment e JOIN (SELECT DISTINCT no_kk, program FROM stg_peserta) f
          ON f.no_kk = e.no_kk AND f.program = e.program_code
        ORDER BY e.kab_code, e.no_kk, e.program_code, e.sejak DESC, e.updated_at DESC
      ) l ON l.kab_code = k.kab_code AND l.no_kk = s2.no_kk AND l.program_code = s2.program
      WHERE NOT s2.rejected
    ) x
    WHERE x.line = s.line`);
  await refuseFamilyOutsideRules(db, T, actor, {
    id: "NIK pengurus bukan anggota aktif keluarga ini",
    en: "The card holder's NIK is not an active member of this family",
  });
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
  // A stopped family comes back only by reactivating its enrolment under the programme's `reaktivasi`
  // rule (a state change a person decides, with its reason); a file cannot reopen it as a new enrolment.
  await refuseStaged(
    db,
    T,
    sql`s.cur_status IS NULL AND s.last_status = 'dihentikan' AND s.status IN ('aktif', 'ditangguhkan')`,
    "status",
    {
      id: "Keluarga ini telah dihentikan dari program; berkas tidak dapat mengaktifkannya kembali (reaktivasi hanya lewat perubahan status bila aturan program mengizinkan)",
      en: "This family was stopped from the programme; a file cannot make it active again (reactivation is a status change, only where the programme's rule allows it)",
    },
  );
  await refuseStaged(
    db,
    T,
    sql`s.cur_status IS NOT NULL AND s.cur_status <> s.status AND s.sejak < s.cur_sejak`,
    "sejak",
    {
      id: "Tanggal sejak lebih awal dari tanggal status kepesertaan sekarang",
      en: "The sejak date is earlier than the date of the enrolment's current state",
    },
  );
}
