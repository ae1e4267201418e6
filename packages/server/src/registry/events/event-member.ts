import type { TLifeEventKind } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import { isoDate } from "../registry-views.ts";
import type { TEventFamily } from "./find-event-family.ts";
import { refusals } from "./life-event-refusals.ts";

/** A member's state as life events read and change it. */
export interface TEventMember {
  nik: string;
  jenisKelamin: string;
  tanggalLahir: string;
  pendidikan: string | null;
  disabilitas: boolean | null;
  hamil: boolean | null;
  status: string;
}

/** One column's change, in the `{ column: { before, after } }` shape import events use too. */
export type TChanges = Record<string, { before: unknown; after: unknown }>;

/** What a life event did to one member, for the event row and the audit row. */
export interface TMemberChange {
  nik: string;
  changes: TChanges;
  /** Facts of the event beyond the member's columns (where a member moved to). */
  extra?: Record<string, unknown>;
}

/** What the per-kind functions work in: the open transaction, the locked family, and today's date. */
export interface TEventContext {
  tx: TDb;
  family: TEventFamily;
  /** The latest date that is not in the future anywhere in Indonesia (`YYYY-MM-DD`). */
  today: string;
}

/**
 * Member statuses and the moves a life event makes between them: a member is never deleted, and one
 * who died or moved away has no further life events here (docs/domain.md, "Registry").
 */
export const memberTransitions = {
  aktif: ["meninggal", "pindah"],
  meninggal: [],
  pindah: [],
} as const satisfies Record<string, readonly string[]>;
export type TMemberStatus = keyof typeof memberTransitions;

/**
 * Locks the member the event is about. It must belong to this family (a NIK of any other family, in
 * scope or not, gets the same answer) and be active; the event cannot predate the member's birth.
 */
export async function lockEventMember(
  ctx: TEventContext,
  event: { nik: string; occurredOn: string; kind: TLifeEventKind },
): Promise<TEventMember> {
  const [row] = await queryRows<{
    nik: string;
    no_kk: string;
    jenis_kelamin: string;
    tanggal_lahir: string;
    pendidikan: string | null;
    disabilitas: boolean | null;
    hamil: boolean | null;
    status: string;
  }>(
    ctx.tx,
    sql`SELECT nik, no_kk, jenis_kelamin, tanggal_lahir::text AS tanggal_lahir, pendidikan, disabilitas, hamil, status
        FROM anggota WHERE kab_code = ${ctx.family.kab_code} AND nik = ${event.nik} FOR UPDATE`,
  );
  if (!row || row.no_kk !== ctx.family.no_kk) throw refusals.notAMember();
  if (row.status !== "aktif") throw refusals.notActive(row.status, event.kind);
  const tanggalLahir = isoDate(row.tanggal_lahir) ?? "";
  if (event.occurredOn < tanggalLahir) throw refusals.beforeBirth();
  return {
    nik: row.nik,
    jenisKelamin: row.jenis_kelamin,
    tanggalLahir,
    pendidikan: row.pendidikan,
    disabilitas: row.disabilitas,
    hamil: row.hamil,
    status: row.status,
  };
}

/** Sets the given columns of a locked member. */
export async function updateEventMember(ctx: TEventContext, nik: string, sets: SQL[]): Promise<void> {
  await ctx.tx.execute(
    sql`UPDATE anggota SET ${sql.join([...sets, sql`updated_at = now()`], sql`, `)}
        WHERE kab_code = ${ctx.family.kab_code} AND nik = ${nik}`,
  );
}

/** Moves a member to `meninggal` or `pindah`, as the transition table allows. */
export async function endMembership(
  ctx: TEventContext,
  member: TEventMember,
  to: Exclude<TMemberStatus, "aktif">,
  kind: TLifeEventKind,
): Promise<TChanges> {
  const from = member.status;
  const allowed: readonly string[] =
    from in memberTransitions ? memberTransitions[from as TMemberStatus] : [];
  if (!allowed.includes(to)) throw refusals.notActive(from, kind);
  await updateEventMember(ctx, member.nik, [sql`status = ${to}`]);
  return { status: { before: from, after: to } };
}
