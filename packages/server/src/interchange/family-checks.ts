import type { TBilingual } from "@kawal/core";
import { sql } from "drizzle-orm";
import type { TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { inScope } from "../scope/scope.ts";
import { refuseStaged } from "./staged-rows.ts";

/**
 * The checks every file naming a programme and a family shares (docs/formats.md §2, §3), over its staged
 * `program`, `no_kk` and `nik_pengurus`. First: the programme exists and runs.
 */
export async function refuseUnknownProgramme(db: TDb, table: string): Promise<void> {
  await refuseStaged(
    db,
    table,
    sql`NOT EXISTS (SELECT 1 FROM program p WHERE p.code = s.program AND p.aktif)`,
    "program",
    { id: "Program tidak dikenal atau tidak aktif", en: "Unknown or inactive programme" },
  );
}

/**
 * Once the staged rows know their family's `kab_code` and `desa_code` (null: no such family): the
 * family is in the importer's area, a local programme is its kabupaten's, and the card holder is an
 * active member of the family (`holderReason` says which "active" the file's kind means).
 */
export async function refuseFamilyOutsideRules(
  db: TDb,
  table: string,
  actor: TActor,
  holderReason: TBilingual,
): Promise<void> {
  await refuseStaged(db, table, sql`s.kab_code IS NULL OR NOT ${inScope(actor, sql`s.desa_code`)}`, "no_kk", {
    id: "No. KK tidak ada di registri wilayah Anda",
    en: "The No. KK is not in the registry of your area",
  });
  await refuseStaged(
    db,
    table,
    sql`EXISTS (SELECT 1 FROM program p WHERE p.code = s.program AND p.kab_code IS NOT NULL AND p.kab_code <> s.kab_code)`,
    "program",
    {
      id: "Program lokal ini milik kabupaten/kota lain",
      en: "This local programme belongs to another kabupaten/kota",
    },
  );
  await refuseStaged(
    db,
    table,
    sql`NOT EXISTS (SELECT 1 FROM anggota a WHERE a.kab_code = s.kab_code AND a.nik = s.nik_pengurus
                      AND a.no_kk = s.no_kk AND a.status = 'aktif')`,
    "nik_pengurus",
    holderReason,
  );
}
