import { kabupatenCodeOf, NATIONAL_SCOPE } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import type { TDb } from "../db/database.ts";
import type { TActor } from "./actor.ts";
import { findRegionInScope } from "./find-region.ts";
import { inRegion } from "./region-sql.ts";
import { hasNationalScope, inScope } from "./scope.ts";

/**
 * The part of the country one request works on (a reconciliation, a report, an anomaly search): the
 * caller's scope, narrowed to a region of it when one is asked for. `where` places a desa code column
 * inside the area; `kabCodes` (when the area lies inside known kabupaten) lets the high-volume tables be
 * read by their leading key.
 */
export interface TArea {
  wilayah: string | null;
  where: (column: SQL) => SQL;
  kabCodes: string[] | null;
  /** True when the area is everything (the national scope, no region): no listed family lies outside it. */
  everything: boolean;
}

function kabCodesOf(codes: readonly string[]): string[] | null {
  const kabs = codes.map((code) => (code === NATIONAL_SCOPE ? null : kabupatenCodeOf(code)));
  if (kabs.some((kab) => kab === null)) return null;
  return [...new Set(kabs as string[])].sort();
}

/**
 * Resolves the area of a request. A region outside the caller's scope answers 404 like an unknown one
 * and leaves an `access.denied` audit row (`findRegionInScope`), as every region a read names does.
 */
export async function resolveArea(db: TDb, actor: TActor, wilayah: string | undefined): Promise<TArea> {
  if (wilayah === undefined) {
    return {
      wilayah: null,
      where: (column) => inScope(actor, column),
      kabCodes: kabCodesOf(actor.scopes),
      everything: hasNationalScope(actor),
    };
  }
  await findRegionInScope(db, actor, wilayah);
  return {
    wilayah,
    where: (column) => inRegion(column, wilayah),
    kabCodes: kabCodesOf([wilayah]),
    everything: false,
  };
}

/** `AND kab_code IN (…)` for a table alias when the area's kabupaten are known, else nothing. */
export function kabFilter(area: TArea, column: SQL): SQL {
  if (!area.kabCodes) return sql``;
  return sql` AND ${column} IN (${sql.join(
    area.kabCodes.map((kab) => sql`${kab}`),
    sql`, `,
  )})`;
}
