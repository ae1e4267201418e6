import type { TSocialRegisterKind } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import { socialRefusals } from "./social-refusals.ts";

export interface TCategoryVersionRow {
  register: TSocialRegisterKind;
  kode: number;
  berlaku_mulai: string;
  nama: string;
  aktif: string;
}

/**
 * The version of each category in force on `on`: per (register, kode) the latest `berlaku_mulai` not
 * after it, withdrawn ones (`aktif = 'tidak'`) included so callers can say why.
 */
export function categoryVersionsOn(on: string, register?: TSocialRegisterKind): SQL {
  return sql`SELECT DISTINCT ON (register, kode) register, kode, berlaku_mulai::text AS berlaku_mulai, nama, aktif
             FROM social_category
             WHERE berlaku_mulai <= ${on}::date ${register ? sql`AND register = ${register}` : sql``}
             ORDER BY register, kode, berlaku_mulai DESC`;
}

/**
 * The category an entry is written in must exist and be active on `on`. Writers pass today as life
 * events reckon it (`latestLocalDate`): a category that takes effect today is already in force for a
 * TKSK in Papua after midnight there.
 */
export async function requireCategoryInForce(
  db: TDb,
  register: TSocialRegisterKind,
  kode: number,
  on: string,
): Promise<TCategoryVersionRow> {
  const [row] = await queryRows<TCategoryVersionRow>(
    db,
    sql`SELECT register, kode, berlaku_mulai::text AS berlaku_mulai, nama, aktif FROM social_category
        WHERE register = ${register} AND kode = ${kode} AND berlaku_mulai <= ${on}::date
        ORDER BY berlaku_mulai DESC LIMIT 1`,
  );
  if (!row) throw socialRefusals.categoryUnknown(register, kode, on);
  if (row.aktif !== "ya") throw socialRefusals.categoryInactive(register, kode, row.berlaku_mulai);
  return row;
}
