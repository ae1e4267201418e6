import type { TAuditPage } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { pageOfRows } from "../db/page-of-rows.ts";
import type { TActor } from "../scope/actor.ts";
import { inScope, requirePermission } from "../scope/scope.ts";

export interface TListAudit {
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  /** `kabCode:seq` of the last row of the previous page. */
  cursor?: string | undefined;
  limit: number;
}

/**
 * The audit trail of the events inside the actor's scope, newest first. Reading the trail is not
 * itself audited: it holds no personal numbers, only who did what.
 */
export async function listAudit(db: TDb, actor: TActor, query: TListAudit): Promise<TAuditPage> {
  requirePermission(actor, "audit.read");
  // Events with no region (national settings) are for national staff only: inScope is false for NULL.
  const visible = inScope(actor, sql`a.wilayah_code`);
  const [cursorKab, cursorSeq] = (query.cursor ?? "").split(":");
  const conditions = [
    visible,
    query.action ? sql`a.action = ${query.action}` : undefined,
    query.entityType ? sql`a.entity_type = ${query.entityType}` : undefined,
    query.entityId ? sql`a.entity_id = ${query.entityId}` : undefined,
    cursorKab && cursorSeq
      ? sql`(a.at, a.kab_code, a.seq) < (SELECT at, kab_code, seq FROM audit_log WHERE kab_code = ${cursorKab} AND seq = ${Number(cursorSeq)})`
      : undefined,
  ].filter((c) => c !== undefined);
  const rows = await queryRows<{
    kab_code: string;
    seq: string | number;
    at: Date | string;
    actor_id: string | null;
    username: string | null;
    action: string;
    entity_type: string;
    entity_id: string | null;
    data: unknown;
  }>(
    db,
    sql`SELECT a.kab_code, a.seq, a.at, a.actor_id, u.username, a.action, a.entity_type, a.entity_id, a.data
        FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
        WHERE ${sql.join(conditions, sql` AND `)}
        ORDER BY a.at DESC, a.kab_code DESC, a.seq DESC LIMIT ${query.limit + 1}`,
  );
  return pageOfRows(
    rows,
    query.limit,
    (r) => ({
      kabCode: r.kab_code,
      seq: Number(r.seq),
      at: new Date(r.at).toISOString(),
      actorId: r.actor_id,
      actorUsername: r.username,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      data: r.data,
    }),
    (_, last) => `${last.kabCode}:${last.seq}`,
  );
}
