import { actionsFor, maskNumber, type TUsulanView } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import type { TActor } from "../../scope/actor.ts";
import { regionRefOf } from "../../wilayah/wilayah-views.ts";
import { isoDate } from "../registry-views.ts";
import type { TUsulanRow } from "./find-usulan.ts";

/** A proposal row with what its view shows beside it: the desa's name, the proposer, the family id. */
export interface TUsulanViewRow extends TUsulanRow {
  desa_name: string | null;
  proposer: string | null;
  family_id: string | null;
}

/** The select list and joins every proposal view reads (`u` is the usulan row). */
export const usulanViewSelect: SQL = sql`
  SELECT u.*, w.name AS desa_name, p.username AS proposer, k.id AS family_id
  FROM usulan u
  LEFT JOIN wilayah w ON w.code = u.desa_code
  LEFT JOIN users p ON p.id = u.proposed_by
  LEFT JOIN keluarga k ON k.kab_code = u.kab_code AND k.no_kk = u.no_kk`;

const personalNumber = /^\d{16}$/;

/**
 * Proposed data is typed in by people and may hold a NIK or No. KK (a new family's card); in a
 * masked view every 16-digit value is masked like the proposal's own numbers.
 */
export function maskData(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [
      key,
      typeof value === "string" && personalNumber.test(value.trim()) ? maskNumber(value.trim()) : value,
    ]),
  );
}

/** Whether showing the proposal in full reveals a personal number (its own, or one in its data). */
export function holdsPersonalNumbers(row: TUsulanRow): boolean {
  return (
    row.no_kk !== null ||
    row.nik !== null ||
    Object.values(row.data).some((v) => typeof v === "string" && personalNumber.test(v.trim()))
  );
}

export function usulanView(row: TUsulanViewRow, actor: TActor, full: boolean): TUsulanView {
  const number = (value: string | null) => (value === null ? null : full ? value : maskNumber(value));
  return {
    id: row.id,
    kind: row.kind,
    reason: row.reason,
    status: row.status,
    desa: regionRefOf(row.desa_code, row.desa_name),
    familyId: row.family_id,
    noKk: number(row.no_kk),
    nik: number(row.nik),
    data: full ? row.data : maskData(row.data),
    proposedBy: row.proposer,
    proposedAt: new Date(row.proposed_at).toISOString(),
    musdesDate: isoDate(row.musdes_date),
    hasMinutes: row.musdes_minutes_key !== null,
    updatedAt: new Date(row.updated_at).toISOString(),
    actions: actionsFor(row.status, actor.permissions, row.proposed_by === actor.userId),
  };
}
