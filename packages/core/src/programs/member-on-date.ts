import type { TPkhMemberOnDate } from "./pkh-entitlement.ts";

/**
 * A member as they were on a date, from their current values and the registry's changes. The registry
 * keeps current values on the member and every change as an event with `{ field: { before, after } }`;
 * so a field's value on date D is the `before` of the earliest change to it after D, else the current
 * value. A member born after D, or whose status on D is not `aktif` (died, moved away on or before D,
 * merged as a duplicate, or not yet in the family), is not an active member on D. The server applies
 * the same rule in SQL (programs/member-state-sql.ts); the two are tested against each other.
 */

export interface TMemberNow {
  nik: string;
  tanggalLahir: string;
  pendidikan: string | null;
  hamil: boolean | null;
  disabilitas: boolean | null;
  status: string;
}

export interface TMemberFieldChange {
  field: string;
  before: unknown;
  /** The day the change took effect (`YYYY-MM-DD`). */
  effectiveOn: string;
  /** Order among changes of the same day (when it was recorded). */
  seq: number;
}

/** The fields whose history matters to PKH. */
export const stateFields = ["pendidikan", "hamil", "disabilitas", "status"] as const;

export function memberOnDate(
  now: TMemberNow,
  changes: readonly TMemberFieldChange[],
  date: string,
): TPkhMemberOnDate {
  const value: Record<string, unknown> = {
    pendidikan: now.pendidikan,
    hamil: now.hamil,
    disabilitas: now.disabilitas,
    status: now.status,
  };
  for (const field of stateFields) {
    const first = changes
      .filter((c) => c.field === field && c.effectiveOn > date)
      .sort((a, b) =>
        a.effectiveOn === b.effectiveOn ? a.seq - b.seq : a.effectiveOn < b.effectiveOn ? -1 : 1,
      )[0];
    if (first) value[field] = first.before;
  }
  const asBool = (v: unknown) => (typeof v === "boolean" ? v : null);
  return {
    nik: now.nik,
    tanggalLahir: now.tanggalLahir,
    pendidikan: typeof value.pendidikan === "string" ? value.pendidikan : null,
    hamil: asBool(value.hamil),
    disabilitas: asBool(value.disabilitas),
    aktif: value.status === "aktif" && now.tanggalLahir <= date,
  };
}
