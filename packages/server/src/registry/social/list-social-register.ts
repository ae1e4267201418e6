import { latestLocalDate, type TSocialEntryPage, type TSocialRegisterQuery } from "@kawal/core";
import { sql } from "drizzle-orm";
import type { TDb } from "../../db/database.ts";
import { pageOfRows } from "../../db/page-of-rows.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";
import { registerConditions } from "./social-filter.ts";
import { loadSocialEntries } from "./social-views.ts";

/**
 * The register entries in the caller's scope, by name, one page at a time (keyset on name and id, so
 * later pages stay as fast as the first). Names show; NIK and No. KK are masked.
 */
export async function listSocialRegister(
  db: TDb,
  actor: TActor,
  query: TSocialRegisterQuery,
  now: Date = new Date(),
): Promise<TSocialEntryPage> {
  requirePermission(actor, "social.read");
  const conditions = [
    ...registerConditions(actor, query),
    query.kategori ? sql`s.kategori_kode = ${query.kategori}` : undefined,
    query.status ? sql`s.status = ${query.status}` : undefined,
    query.cursor
      ? sql`(s.nama, s.id) > (SELECT c.nama, c.id FROM social_register c WHERE c.id = ${query.cursor})`
      : undefined,
  ].filter((c) => c !== undefined);
  const rows = await loadSocialEntries(
    db,
    sql.join(conditions, sql` AND `),
    sql`ORDER BY s.nama, s.id LIMIT ${query.limit + 1}`,
    latestLocalDate(now),
  );
  return pageOfRows(
    rows,
    query.limit,
    (entry) => entry,
    (last) => last.id,
  );
}
