import { STAGED_PROGRAM } from "@kawal/core";
import { sql } from "drizzle-orm";
import type { TDb } from "../../db/database.ts";
import { refuseFamilyOutsideRules, refuseUnknownProgramme } from "../../interchange/family-checks.ts";
import { refuseFindings, refuseStaged } from "../../interchange/staged-rows.ts";
import type { TActor } from "../../scope/actor.ts";
import { DAFTAR_BAYAR_STAGING as T } from "./daftar-bayar-staging.ts";

/**
 * The checks of a payment list that need the whole file or the database, set-based over the staging
 * table (docs/formats.md §3). Each refused row gets one reason, from the first check it fails, in the order
 * a user would fix them: the programme, the stage, repeats, the family and its place, the card holder, a card
 * shared by two families.
 */
export async function runDaftarBayarChecks(db: TDb, actor: TActor): Promise<void> {
  await db.execute(sql.raw(`CREATE INDEX ON ${T} (program, periode, no_kk)`));
  await refuseUnknownProgramme(db, T);
  // A PKH period pays one stage: the file, and the period if it exists, must agree on which.
  await refuseStaged(
    db,
    T,
    // Grouped once, not probed per row: a million-row PKH list of one stage must not scan itself per row.
    sql`s.program = ${STAGED_PROGRAM} AND (s.program, s.periode) IN (
          SELECT o.program, o.periode FROM ${sql.raw(T)} o WHERE o.program = ${STAGED_PROGRAM}
          GROUP BY o.program, o.periode HAVING count(DISTINCT coalesce(o.tahap, 0)) > 1)`,
    "tahap",
    {
      id: "Tahap berbeda dengan baris lain untuk program dan periode yang sama",
      en: "The tahap differs from other rows of the same programme and period",
    },
  );
  await refuseStaged(
    db,
    T,
    sql`EXISTS (SELECT 1 FROM periode_penyaluran p WHERE p.program_code = s.program AND p.periode = s.periode
                  AND p.tahap IS DISTINCT FROM s.tahap)`,
    "tahap",
    {
      id: "Tahap tidak sesuai dengan tahap periode yang sudah ada",
      en: "The tahap does not match the existing period's tahap",
    },
  );
  // The first row of a family for a programme and period stands; a later one is the duplicate.
  await refuseStaged(
    db,
    T,
    sql`EXISTS (SELECT 1 FROM ${sql.raw(T)} o WHERE o.program = s.program AND o.periode = s.periode
                  AND o.no_kk = s.no_kk AND o.line < s.line)`,
    "program, periode, no_kk",
    {
      id: "Duplikat: keluarga ini sudah ada di baris sebelumnya untuk program dan periode yang sama",
      en: "Duplicate: this family is already on an earlier row for the same programme and period",
    },
  );
  // One pass finds each row's family: a hash join over the file, not one index probe per row.
  await db.execute(sql`
    UPDATE ${sql.raw(T)} s SET kab_code = k.kab_code, desa_code = k.desa_code
    FROM keluarga k WHERE k.no_kk = s.no_kk AND NOT s.rejected`);
  await refuseFamilyOutsideRules(db, T, actor, {
    id: "NIK pengurus bukan anggota keluarga ini yang masih aktif (hidup dan tinggal di KK ini)",
    en: "The card holder's NIK is not a living, current member of this family",
  });
  // A KKS card is one family's: a card number given to two families in rows that are otherwise good is
  // refused on each of those rows, naming the other, since which family holds the card cannot be told
  // from the file. Last, so a row with a family problem keeps that reason.
  await refuseFindings(
    db,
    T,
    sql`SELECT s.line, 'no_kks',
               'No. KKS ini juga diberikan kepada keluarga lain di baris ' || min(o.line),
               'This KKS card number is also given to another family on row ' || min(o.line)
        FROM ${sql.raw(T)} s JOIN ${sql.raw(T)} o ON o.no_kks = s.no_kks AND o.no_kk <> s.no_kk AND NOT o.rejected
        WHERE NOT s.rejected
        GROUP BY s.line`,
  );
}
