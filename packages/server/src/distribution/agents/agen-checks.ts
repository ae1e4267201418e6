import { sql } from "drizzle-orm";
import type { TDb } from "../../db/database.ts";
import { refuseStaged } from "../../interchange/staged-rows.ts";
import type { TActor } from "../../scope/actor.ts";
import { inScope } from "../../scope/scope.ts";
import { AGEN_STAGING as T } from "./agen-staging.ts";

/**
 * The checks of an agent file that need the whole file or the database (docs/formats.md §5): the desa exists
 * and lies in the importer's scope, an id appears once, and an id already used by an agent outside the
 * scope is not taken over (that would move another area's agent into this one).
 */
export async function runAgenChecks(db: TDb, actor: TActor): Promise<void> {
  await db.execute(sql.raw(`UPDATE ${T} SET kab_code = left(desa_code, 5)`));
  await refuseStaged(
    db,
    T,
    sql`NOT EXISTS (SELECT 1 FROM wilayah w WHERE w.code = s.desa_code AND w.level = 4)`,
    "kode_desa",
    { id: "Kode desa tidak dikenal", en: "Unknown desa code" },
  );
  await refuseStaged(db, T, sql`NOT ${inScope(actor, sql`s.desa_code`)}`, "kode_desa", {
    id: "Desa ini di luar wilayah Anda",
    en: "This desa is outside your area",
  });
  // Which of two rows for one agent is right cannot be guessed: both are refused.
  await refuseStaged(
    db,
    T,
    sql`EXISTS (SELECT 1 FROM ${sql.raw(T)} o WHERE o.kab_code = s.kab_code AND o.id_agen = s.id_agen AND o.line <> s.line)`,
    "id_agen",
    {
      id: "ID agen yang sama muncul lebih dari sekali dalam berkas",
      en: "The same agent id appears more than once in the file",
    },
  );
  await refuseStaged(
    db,
    T,
    sql`EXISTS (SELECT 1 FROM agen a WHERE a.kab_code = s.kab_code AND a.id_agen = s.id_agen
                  AND NOT ${inScope(actor, sql`a.desa_code`)})`,
    "id_agen",
    {
      id: "ID agen ini sudah dipakai agen di luar wilayah Anda",
      en: "This agent id belongs to an agent outside your area",
    },
  );
}
