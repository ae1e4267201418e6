import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { canonicalJson } from "../../audit/canonical-json.ts";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TEventFamily } from "./find-event-family.ts";
import type { TLifeEvent } from "./life-event-schema.ts";

/** A fingerprint of what was asked, so a key reused for a different event is caught, not replayed. */
export function requestHashOf(event: TLifeEvent): string {
  return createHash("sha256").update(canonicalJson(event)).digest("hex");
}

/**
 * The event an earlier request with this Idempotency-Key recorded on this family, if any. The key lives
 * in `data` (no table of its own); the family's index narrows the search to its few events.
 */
export async function findReplayedEvent(
  tx: TDb,
  family: TEventFamily,
  idempotencyKey: string,
): Promise<{ id: string; requestHash: string | null } | undefined> {
  const [row] = await queryRows<{ id: string; request_hash: string | null }>(
    tx,
    sql`SELECT id, data->>'requestHash' AS request_hash FROM registry_event
        WHERE kab_code = ${family.kab_code} AND no_kk = ${family.no_kk}
          AND data->>'idempotencyKey' = ${idempotencyKey}
        LIMIT 1`,
  );
  return row ? { id: row.id, requestHash: row.request_hash } : undefined;
}
