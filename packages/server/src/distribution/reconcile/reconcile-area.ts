import { AppError, AppErrorCode, kabupatenCodeOf, NATIONAL_SCOPE } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { actorCovers, findInScope, inScope } from "../../scope/scope.ts";

/**
 * The part of the country one reconciliation or report covers: the caller's scope, narrowed to a
 * region of it when one is asked for. `where` places a desa code column inside the area; `kabCodes`
 * (when the area lies inside known kabupaten) lets the high-volume tables be read by their leading key.
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
 * and leaves an `access.denied` audit row (the report names families), exactly as other region reads do.
 */
export async function resolveArea(db: TDb, actor: TActor, wilayah: string | undefined): Promise<TArea> {
  if (wilayah === undefined) {
    return {
      wilayah: null,
      where: (column) => inScope(actor, column),
      kabCodes: kabCodesOf(actor.scopes),
      everything: actor.scopes.includes(NATIONAL_SCOPE),
    };
  }
  const lookup = () => queryRows<{ code: string }>(db, sql`SELECT code FROM wilayah WHERE code = ${wilayah}`);
  await findInScope(db, actor, {
    entityType: "wilayah",
    entityId: wilayah,
    findInScope: async () => (actorCovers(actor, [wilayah]) ? (await lookup())[0] : undefined),
    findRegions: async () => ((await lookup()).length > 0 ? [wilayah] : undefined),
  });
  return {
    wilayah,
    where: (column) => sql`(${column} = ${wilayah} OR ${column} LIKE ${`${wilayah}.%`})`,
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

/** Refuses a period the programme does not have (`periode_penyaluran`), naming the field. */
export async function requirePeriod(db: TDb, program: string, periode: string): Promise<void> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT 1 AS n FROM periode_penyaluran WHERE program_code = ${program} AND periode = ${periode}`,
  );
  if (row) return;
  throw new AppError(AppErrorCode.NOT_FOUND, `period ${program} ${periode} not found`, {
    fields: [
      {
        field: "periode",
        message: {
          id: `periode ${periode} program ${program} tidak ada di periode penyaluran`,
          en: `period ${periode} of programme ${program} does not exist`,
        },
      },
    ],
  });
}
