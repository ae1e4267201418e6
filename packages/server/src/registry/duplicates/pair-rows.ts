import { maskNumber, type TDuplicatePair, type TPairStatus } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import type { TActor } from "../../scope/actor.ts";
import { kabupatenInScope } from "../../scope/kabupaten-scope.ts";
import { inScope } from "../../scope/scope.ts";
import { isoDate } from "../registry-views.ts";

const side = (p: "a" | "b") =>
  sql.raw(`${p}.kab_code AS ${p}_kab_code, ${p}.nik AS ${p}_nik, ${p}.no_kk AS ${p}_no_kk, ${p}.nama AS ${p}_nama,
           ${p}.tanggal_lahir::text AS ${p}_tanggal_lahir, ${p}.desa_code AS ${p}_desa_code, ${p}.status AS ${p}_status`);

/** One member's columns, prefixed `a_` or `b_`; the desa name is missing only for an unknown code. */
type TSideRow<P extends "a" | "b"> = Record<
  `${P}_${"kab_code" | "nik" | "no_kk" | "nama" | "tanggal_lahir" | "desa_code" | "status" | "family_id"}`,
  string
> &
  Record<`${P}_desa_name`, string | null>;

export type TPairRow = {
  kab_code: string;
  id: string;
  kind: "nik_sama" | "mirip";
  score: number | string;
  status: TPairStatus;
  created_at: Date | string;
  decided_at: Date | string | null;
  note: string | null;
} & TSideRow<"a"> &
  TSideRow<"b">;

export interface TPairFilter {
  /** Conditions on the pair (alias `p`). */
  pairs: SQL;
  /** Conditions on its members (aliases `a`, `b`), beyond the scope. */
  members?: SQL;
  limit: number;
}

/**
 * Pairs whose two members both lie inside the actor's scope, best score first, with each member's
 * family and desa. The scope is checked on the member rows, never on the pair: a pair is only as
 * visible as the less visible of its two people.
 */
export function pairRowsQuery(actor: TActor, filter: TPairFilter): SQL {
  // A pair is stored under its first member's kabupaten, so the actor's kabupaten narrow the pairs
  // read through `duplicate_pair_status_idx` before any member is looked up.
  const order = sql`p.score DESC, p.kab_code DESC, p.id DESC`;
  // Pairs are sorted before their members are looked up, so a page reads `limit` pairs' members
  // rather than every open pair's; the planner keeps that order even before the table has statistics
  // (PGlite has no autovacuum to gather them).
  return sql`
    SELECT p.*, ka.id AS a_family_id, wa.name AS a_desa_name, kb.id AS b_family_id, wb.name AS b_desa_name
    FROM (
      SELECT p.kab_code, p.id, p.kind, p.score, p.status, p.created_at, p.decided_at, p.note, ${side("a")}, ${side("b")}
      FROM (SELECT * FROM duplicate_pair p WHERE ${kabupatenInScope(actor, sql`p.kab_code`)} AND ${filter.pairs}
            ORDER BY ${order}) p
      JOIN anggota a ON a.kab_code = p.kab_a AND a.nik = p.nik_a
      JOIN anggota b ON b.kab_code = p.kab_b AND b.nik = p.nik_b
      WHERE ${inScope(actor, sql`a.desa_code`)} AND ${inScope(actor, sql`b.desa_code`)} AND ${filter.members ?? sql`TRUE`}
      ORDER BY ${order}
      LIMIT ${filter.limit}
    ) p
    JOIN keluarga ka ON ka.kab_code = p.a_kab_code AND ka.no_kk = p.a_no_kk
    JOIN keluarga kb ON kb.kab_code = p.b_kab_code AND kb.no_kk = p.b_no_kk
    LEFT JOIN wilayah wa ON wa.code = p.a_desa_code
    LEFT JOIN wilayah wb ON wb.code = p.b_desa_code
    ORDER BY ${order}`;
}

const iso = (value: Date | string) => new Date(value).toISOString();

/** A row as the API shows it: NIK and No. KK masked on both sides. */
export function toPairView(row: TPairRow): TDuplicatePair {
  const member = (p: "a" | "b") => ({
    familyId: row[`${p}_family_id`],
    nik: maskNumber(row[`${p}_nik`]),
    noKk: maskNumber(row[`${p}_no_kk`]),
    nama: row[`${p}_nama`],
    tanggalLahir: isoDate(row[`${p}_tanggal_lahir`]) ?? "",
    desa: { code: row[`${p}_desa_code`], name: row[`${p}_desa_name`] ?? row[`${p}_desa_code`] },
    status: row[`${p}_status`],
  });
  return {
    id: row.id,
    kind: row.kind,
    score: Number(row.score),
    status: row.status,
    createdAt: iso(row.created_at),
    decidedAt: row.decided_at === null ? null : iso(row.decided_at),
    note: row.note,
    a: member("a"),
    b: member("b"),
  };
}
