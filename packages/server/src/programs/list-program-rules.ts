import type { TRuleHistory } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { programVisibility, type TProgramRow } from "./list-programs.ts";
import { programRefusals } from "./program-refusals.ts";
import { loadRuleVersions } from "./program-rule-store.ts";

/** A visible programme by its code, or 404 (another kabupaten's local programme looks missing). */
export async function findProgram(db: TDb, actor: TActor, code: string): Promise<TProgramRow> {
  const [row] = await queryRows<TProgramRow>(
    db,
    sql`SELECT code, nama_id, nama_en, jenis, kab_code, aktif FROM program
        WHERE code = ${code} AND ${programVisibility(actor)}`,
  );
  if (!row) throw programRefusals.programUnknown(code);
  return row;
}

/** Every version of every rule of one programme, oldest first: the rules' history. */
export async function listProgramRules(db: TDb, actor: TActor, code: string): Promise<TRuleHistory> {
  requirePermission(actor, "program.read");
  const program = await findProgram(db, actor, code);
  return { programCode: program.code, items: await loadRuleVersions(db, [program.code]) };
}
