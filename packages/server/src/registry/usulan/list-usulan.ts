import { statusesToAct, type TUsulanListQuery, type TUsulanPage, type TUsulanStatus } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import { pageOfRows } from "../../db/page-of-rows.ts";
import type { TActor } from "../../scope/actor.ts";
import { inRegion } from "../../scope/region-sql.ts";
import { inScope, requirePermission } from "../../scope/scope.ts";
import { type TUsulanViewRow, usulanView, usulanViewSelect } from "./usulan-view.ts";

function statusIn(statuses: readonly TUsulanStatus[]): SQL {
  return sql`u.status IN (${sql.join(
    statuses.map((s) => sql`${s}`),
    sql`, `,
  )})`;
}

/**
 * Proposals waiting for a step the actor may take: a verifier's list skips their own proposals,
 * which they may never verify (the same rule `actionsFor` applies to each item).
 */
function actionableCondition(actor: TActor): SQL {
  const { anyone, notProposer } = statusesToAct(actor.permissions);
  const parts = [
    anyone.length > 0 ? statusIn(anyone) : undefined,
    notProposer.length > 0 ? sql`(${statusIn(notProposer)} AND u.proposed_by <> ${actor.userId})` : undefined,
  ].filter((part) => part !== undefined);
  return parts.length > 0 ? sql`(${sql.join(parts, sql` OR `)})` : sql`FALSE`;
}

/**
 * The proposals of desa in the actor's scope, newest first, numbers masked (a list is never a
 * sensitive read). Keyset paged on (proposed_at, id), so a page never repeats or skips a proposal
 * while new ones arrive.
 */
export async function listUsulan(db: TDb, actor: TActor, query: TUsulanListQuery): Promise<TUsulanPage> {
  requirePermission(actor, "registry.read");
  const [cursorKab, cursorId] = query.cursor ? query.cursor.split(":") : [];
  const conditions = [
    inScope(actor, sql`u.desa_code`),
    query.status ? sql`u.status = ${query.status}` : undefined,
    query.wilayah ? inRegion(sql`u.desa_code`, query.wilayah) : undefined,
    query.actionable === "true" ? actionableCondition(actor) : undefined,
    cursorKab && cursorId
      ? sql`(u.proposed_at, u.id) < (SELECT proposed_at, id FROM usulan WHERE kab_code = ${cursorKab} AND id = ${cursorId})`
      : undefined,
  ].filter((c) => c !== undefined);
  const rows = await queryRows<TUsulanViewRow>(
    db,
    sql`${usulanViewSelect} WHERE ${sql.join(conditions, sql` AND `)}
        ORDER BY u.proposed_at DESC, u.id DESC LIMIT ${query.limit + 1}`,
  );
  return pageOfRows(
    rows,
    query.limit,
    (row) => usulanView(row, actor, false),
    (last) => `${last.kab_code}:${last.id}`,
  );
}
