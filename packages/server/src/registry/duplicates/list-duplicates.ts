import { AppError, AppErrorCode, type TDuplicateList, type TDuplicateListQuery } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import { pageOfRows } from "../../db/page-of-rows.ts";
import type { TActor } from "../../scope/actor.ts";
import { inRegion } from "../../scope/region-sql.ts";
import { requirePermission } from "../../scope/scope.ts";
import { pairRowsQuery, type TPairRow, toPairView } from "./pair-rows.ts";

const cursorPattern = /^(\d{2}\.\d{2})\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The last pair of a page, as an opaque token: its key only, never a personal number. */
function cursorOf(row: TPairRow): string {
  return Buffer.from(`${row.kab_code}/${row.id}`).toString("base64url");
}

/**
 * Pairs after the cursor's pair in the list's order. The score is read from the stored pair rather
 * than carried in the token, so a float never has to survive a round trip through text.
 */
function afterCursor(cursor: string): SQL {
  const match = cursorPattern.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) {
    throw new AppError(AppErrorCode.VALIDATION, "bad cursor", {
      fields: [
        { field: "cursor", message: { id: "penanda halaman tidak valid", en: "not a valid page cursor" } },
      ],
    });
  }
  return sql`(p.score, p.kab_code, p.id) < (SELECT c.score, c.kab_code, c.id FROM duplicate_pair c
                                           WHERE c.kab_code = ${match[1]} AND c.id = ${match[2]})`;
}

/**
 * The review list: pairs of one status whose two members both lie in the caller's scope, optionally
 * with a member in one region, best score first, a page at a time (keyset, so a page costs the same
 * however deep). Numbers are masked.
 */
export async function listDuplicates(
  db: TDb,
  actor: TActor,
  query: TDuplicateListQuery,
): Promise<TDuplicateList> {
  requirePermission(actor, "registry.review");
  const pairs = [sql`p.status = ${query.status}`];
  if (query.cursor !== undefined) pairs.push(afterCursor(query.cursor));
  const members =
    query.wilayah === undefined
      ? undefined
      : sql`(${inRegion(sql`a.desa_code`, query.wilayah, sql`a.kab_code`)}
             OR ${inRegion(sql`b.desa_code`, query.wilayah, sql`b.kab_code`)})`;
  const rows = await queryRows<TPairRow>(
    db,
    pairRowsQuery(actor, { pairs: sql.join(pairs, sql` AND `), members, limit: query.limit + 1 }),
  );
  return pageOfRows(rows, query.limit, toPairView, cursorOf);
}
