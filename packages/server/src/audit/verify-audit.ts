import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { auditRowHash, GENESIS_HASH } from "./audit-hash.ts";

export interface TBrokenLink {
  kabCode: string;
  seq: number;
  reason: "hash_mismatch" | "prev_hash_mismatch" | "missing_row" | "head_mismatch";
}

export interface TAuditVerification {
  ok: boolean;
  chains: number;
  rows: number;
  /** The first broken link of the first broken chain (chains in code order). */
  broken: TBrokenLink | null;
}

interface TRow {
  kab_code: string;
  seq: string | number;
  at: Date | string;
  wilayah_code: string | null;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  data: unknown;
  prev_hash: string;
  hash: string;
}

const PAGE = 5_000;

/** Walks every chain in pages (bounded memory), recomputing each hash; stops at the first broken link. */
export async function verifyAudit(db: TDb): Promise<TAuditVerification> {
  const chains = await queryRows<{ kab_code: string; head_seq: string | null; head_hash: string | null }>(
    db,
    sql`SELECT c.kab_code, h.seq AS head_seq, h.hash AS head_hash
        FROM (SELECT kab_code FROM audit_head UNION SELECT DISTINCT kab_code FROM audit_log) c
        LEFT JOIN audit_head h ON h.kab_code = c.kab_code ORDER BY c.kab_code`,
  );
  let rows = 0;
  for (const chain of chains) {
    const result = await verifyChain(db, chain.kab_code);
    rows += result.rows;
    if (result.broken) return { ok: false, chains: chains.length, rows, broken: result.broken };
    // A head ahead of or behind the last row means rows were removed from (or forged at) the end.
    const headSeq = chain.head_seq === null || Number(chain.head_seq) === 0 ? null : Number(chain.head_seq);
    if (headSeq !== result.lastSeq || (chain.head_hash ?? GENESIS_HASH) !== result.lastHash) {
      const seq = Math.max(result.lastSeq ?? 0, headSeq ?? 0);
      return {
        ok: false,
        chains: chains.length,
        rows,
        broken: { kabCode: chain.kab_code, seq, reason: "head_mismatch" },
      };
    }
  }
  return { ok: true, chains: chains.length, rows, broken: null };
}

async function verifyChain(
  db: TDb,
  kabCode: string,
): Promise<{ rows: number; lastSeq: number | null; lastHash: string; broken: TBrokenLink | null }> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let rows = 0;
  for (;;) {
    const page = await queryRows<TRow>(
      db,
      sql`SELECT * FROM audit_log WHERE kab_code = ${kabCode} AND seq >= ${expectedSeq} ORDER BY seq LIMIT ${PAGE}`,
    );
    for (const row of page) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq)
        return {
          rows,
          lastSeq: null,
          lastHash: prevHash,
          broken: { kabCode, seq: expectedSeq, reason: "missing_row" },
        };
      if (row.prev_hash !== prevHash)
        return {
          rows,
          lastSeq: null,
          lastHash: prevHash,
          broken: { kabCode, seq, reason: "prev_hash_mismatch" },
        };
      const hash = auditRowHash(prevHash, {
        kabCode: row.kab_code,
        seq,
        at: new Date(row.at),
        wilayahCode: row.wilayah_code,
        actorId: row.actor_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        data: typeof row.data === "string" ? JSON.parse(row.data) : row.data,
      });
      if (hash !== row.hash)
        return { rows, lastSeq: null, lastHash: prevHash, broken: { kabCode, seq, reason: "hash_mismatch" } };
      prevHash = row.hash;
      expectedSeq = seq + 1;
      rows += 1;
    }
    if (page.length < PAGE) break;
  }
  return { rows, lastSeq: rows === 0 ? null : expectedSeq - 1, lastHash: prevHash, broken: null };
}
