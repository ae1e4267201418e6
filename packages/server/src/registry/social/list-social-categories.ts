import { latestLocalDate, type TSocialCategoryList, type TSocialCategoryQuery } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";
import { categoryVersionsOn, type TCategoryVersionRow } from "./category-in-force.ts";
import { categoryView } from "./social-views.ts";

/**
 * The categories in force on a date (today by default): per code the latest version from on or before
 * it. A category withdrawn by its latest version is not in force and is left out.
 */
export async function listSocialCategories(
  db: TDb,
  actor: TActor,
  query: TSocialCategoryQuery,
  now: Date = new Date(),
): Promise<TSocialCategoryList> {
  requirePermission(actor, "social.read");
  const on = query.on ?? latestLocalDate(now);
  const rows = await queryRows<TCategoryVersionRow>(
    db,
    sql`SELECT * FROM (${categoryVersionsOn(on, query.register)}) v WHERE v.aktif = 'ya' ORDER BY v.register, v.kode`,
  );
  return { on, items: rows.map(categoryView) };
}
