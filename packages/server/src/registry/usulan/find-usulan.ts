import type { TUsulanKind, TUsulanReason, TUsulanStatus } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import { recordFinder } from "../../scope/record-finder.ts";
import { inScope } from "../../scope/scope.ts";

/** One `usulan` row as the use cases read it. */
export interface TUsulanRow {
  kab_code: string;
  id: string;
  kind: TUsulanKind;
  reason: TUsulanReason | null;
  desa_code: string;
  no_kk: string | null;
  nik: string | null;
  data: Record<string, unknown>;
  status: TUsulanStatus;
  proposed_by: string;
  proposed_at: Date | string;
  musdes_date: Date | string | null;
  musdes_minutes_key: string | null;
  updated_at: Date | string;
}

/**
 * Reads a proposal by id through the scope (its desa): outside the scope it answers 404 like a missing
 * one and leaves an `access.denied` audit row, so steps cannot probe other villages' proposals.
 */
export const findUsulan = recordFinder<TUsulanRow>({
  entityType: "usulan",
  row: (id, actor) => sql`SELECT * FROM usulan u WHERE u.id = ${id} AND ${inScope(actor, sql`u.desa_code`)}`,
  regions: (id) => sql`SELECT desa_code FROM usulan WHERE id = ${id}`,
});

/** Re-reads the proposal in the step's transaction, locked, so two steps never judge the same state. */
export async function lockUsulan(tx: TDb, found: TUsulanRow): Promise<TUsulanRow> {
  const [row] = await queryRows<TUsulanRow>(
    tx,
    sql`SELECT * FROM usulan WHERE kab_code = ${found.kab_code} AND id = ${found.id} FOR UPDATE`,
  );
  if (!row) throw new Error(`usulan ${found.id} vanished`);
  return row;
}
