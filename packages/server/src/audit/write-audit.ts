import { kabupatenCodeOf } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { auditRowHash, GENESIS_HASH, NO_KABUPATEN_CHAIN } from "./audit-hash.ts";

export interface TAuditEntry {
  /** A region code the event belongs to (any level); its kabupaten picks the chain. */
  wilayahCode: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  /** What changed. Never a password or a full personal number (mask it first). */
  data?: Record<string, unknown>;
}

/** The chain a region's events go to: its kabupaten, or the no-kabupaten chain. */
export function auditChainOf(wilayahCode: string | null): string {
  return (wilayahCode && kabupatenCodeOf(wilayahCode)) || NO_KABUPATEN_CHAIN;
}

/**
 * Appends one row to its kabupaten's chain. Call it with the transaction that makes the change, so the
 * change and its audit row commit or roll back together. Locking the chain's head row serialises
 * writers of one kabupaten only.
 */
export async function writeAudit(tx: TDb, entry: TAuditEntry, now: Date = new Date()): Promise<void> {
  const kabCode = auditChainOf(entry.wilayahCode);
  // Round-trip through JSON so what is hashed is exactly what jsonb will give back.
  const data = JSON.parse(JSON.stringify(entry.data ?? {})) as unknown;
  const at = new Date(now.getTime());
  await tx.execute(
    sql`INSERT INTO audit_head (kab_code, seq, hash) VALUES (${kabCode}, 0, ${GENESIS_HASH}) ON CONFLICT DO NOTHING`,
  );
  const [head] = await queryRows<{ seq: string | number; hash: string }>(
    tx,
    sql`SELECT seq, hash FROM audit_head WHERE kab_code = ${kabCode} FOR UPDATE`,
  );
  if (!head) throw new Error(`audit chain ${kabCode} has no head`);
  const seq = Number(head.seq) + 1;
  const row = {
    kabCode,
    seq,
    at,
    wilayahCode: entry.wilayahCode,
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    data,
  };
  const hash = auditRowHash(head.hash, row);
  await tx.execute(sql`
    INSERT INTO audit_log (kab_code, seq, at, wilayah_code, actor_id, action, entity_type, entity_id, data, prev_hash, hash)
    VALUES (${kabCode}, ${seq}, ${at.toISOString()}, ${row.wilayahCode}, ${row.actorId}, ${row.action}, ${row.entityType},
            ${row.entityId}, ${JSON.stringify(data)}::jsonb, ${head.hash}, ${hash})`);
  await tx.execute(sql`UPDATE audit_head SET seq = ${seq}, hash = ${hash} WHERE kab_code = ${kabCode}`);
}
