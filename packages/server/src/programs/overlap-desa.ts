import {
  latestLocalDate,
  maskNumber,
  type TAidOverlap,
  type TAidOverlapFamily,
  type TAidOverlapQuery,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { findDesaInScope } from "../scope/find-region.ts";
import { requirePermission } from "../scope/scope.ts";
import { overlapSql, windowStart, withHashJoins } from "./overlap-sql.ts";

/** A family row of the overlap view; `no_kk` is in full and must be masked or audited by the caller. */
export interface TOverlapRow {
  id: string;
  no_kk: string;
  kepala: string | null;
  desil: number | null;
  fakir_miskin: boolean;
  programs: string[];
  gifts: number;
  gift_total: string | number;
  sources: number;
  piled: boolean;
}

/** The two lists of one desa, as rows: families with two or more sources, and eligible ones with none. */
export async function selectOverlapRows(db: TDb, desa: string, since: string): Promise<TOverlapRow[]> {
  return withHashJoins(db, (tx) =>
    queryRows<TOverlapRow>(
      tx,
      overlapSql(
        (column) => sql`${column} = ${desa}`,
        since,
        // The head's name only for the rows listed, through the No. KK index. No kab_code condition:
        // unanalysed, it drew in a kab_code-led index; the importer keeps a No. KK in one kabupaten.
        sql`SELECT ov.id, ov.no_kk, ov.desil, ov.fakir_miskin, ov.programs, ov.gifts, ov.gift_total, ov.sources,
                   ov.sources >= 2 AS piled,
                   (SELECT a.nama FROM anggota a WHERE a.no_kk = ov.no_kk AND a.hubungan = 'kepala'
                    ORDER BY (a.status = 'aktif') DESC LIMIT 1) AS kepala
            FROM ov
            WHERE ov.sources >= 2 OR (ov.eligible AND ov.sources = 0)
            ORDER BY ov.sources DESC, ov.gift_total DESC, ov.desil NULLS LAST, ov.no_kk`,
      ),
    ),
  );
}

export function overlapFamilyOf(row: TOverlapRow, number: (noKk: string) => string): TAidOverlapFamily {
  return {
    familyId: row.id,
    noKk: number(row.no_kk),
    kepala: row.kepala,
    desil: row.desil,
    fakirMiskin: row.fakir_miskin,
    programs: row.programs,
    gifts: row.gifts,
    giftTotal: Number(row.gift_total),
    sources: row.sources,
  };
}

/**
 * The list a TKSK takes to the Tikor meeting (docs/domain.md, Programmes: aid piles up on some families
 * while others get none): for one desa of the scope, the families with several programmes or gifts,
 * most first, and the eligible families with neither. No. KK is masked, as in every list.
 */
export async function getAidOverlap(
  db: TDb,
  actor: TActor,
  query: TAidOverlapQuery,
  now: Date = new Date(),
): Promise<TAidOverlap> {
  requirePermission(actor, "aid.read");
  const desa = await findDesaInScope(db, actor, query.desa);
  const since = windowStart(latestLocalDate(now), query.bulan);
  const rows = await selectOverlapRows(db, desa.code, since);
  const family = (row: TOverlapRow) => overlapFamilyOf(row, maskNumber);
  return {
    desa,
    bulan: query.bulan,
    since,
    piled: rows.filter((r) => r.piled).map(family),
    without: rows.filter((r) => !r.piled).map(family),
  };
}
