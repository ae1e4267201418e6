import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json.ts";

/** The `prev_hash` of the first row of every chain. */
export const GENESIS_HASH = "0".repeat(64);

/** Events that belong to no kabupaten (logins of national staff, national settings) chain here. */
export const NO_KABUPATEN_CHAIN = "00";

export interface TAuditContent {
  kabCode: string;
  seq: number;
  at: Date;
  wilayahCode: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  data: unknown;
}

export function auditRowHash(prevHash: string, row: TAuditContent): string {
  const content = canonicalJson({
    kabCode: row.kabCode,
    seq: row.seq,
    at: row.at.toISOString(),
    wilayahCode: row.wilayahCode,
    actorId: row.actorId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    data: row.data,
  });
  return createHash("sha256").update(prevHash).update("\n").update(content).digest("hex");
}
