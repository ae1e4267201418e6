import type { THandoverSummary } from "@kawal/core";
import type { TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { handoverSummaries, handoverVisible } from "./handover-sql.ts";

/** The handovers the actor may see (its own, or for a manager those of its scope), newest first. */
export async function listHandovers(db: TDb, actor: TActor): Promise<{ items: THandoverSummary[] }> {
  requirePermission(actor, "caseload.read");
  const rows = await handoverSummaries(db, handoverVisible(actor));
  return { items: rows.map(({ kabCode: _kab, ...summary }) => summary) };
}
