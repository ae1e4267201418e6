import { AppError, AppErrorCode, NATIONAL_SCOPE, scopesContain, type TPermission } from "@kawal/core";
import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "./actor.ts";

/**
 * The one scoping layer. Every query for personal data filters with `inScope` and every single-record
 * read goes through `findInScope`; deny by default: an actor with no scope sees nothing. No module
 * outside this folder compares region codes with a scope or a region by hand (a test scans for it).
 */

/** True when the actor's scope is the whole country. */
export function hasNationalScope(actor: TActor): boolean {
  return actor.scopes.includes(NATIONAL_SCOPE);
}

/** A SQL condition true when the region code in `column` lies inside one of the actor's scopes. */
export function inScope(actor: TActor, column: AnyColumn | SQL): SQL {
  if (hasNationalScope(actor)) return sql`TRUE`;
  if (actor.scopes.length === 0) return sql`FALSE`;
  const exact = sql.join(
    actor.scopes.map((s) => sql`${s}`),
    sql`, `,
  );
  const prefixes = sql.join(
    actor.scopes.map((s) => sql`${`${s}.%`}`),
    sql`, `,
  );
  return sql`(${column} IN (${exact}) OR ${column} LIKE ANY (ARRAY[${prefixes}]))`;
}

/** True when every code lies inside the actor's scope (a record with no region is outside). */
export function actorCovers(actor: TActor, codes: readonly string[]): boolean {
  return codes.length > 0 && codes.every((code) => scopesContain(actor.scopes, code));
}

export function requirePermission(actor: TActor, permission: TPermission): void {
  if (!actor.permissions.includes(permission)) {
    throw new AppError(AppErrorCode.FORBIDDEN, `role ${actor.role} lacks ${permission}`);
  }
}

export interface TScopedLookup<T> {
  entityType: string;
  entityId: string;
  /** Finds the record within the actor's scope (the query must apply `inScope`). */
  findInScope: () => Promise<T | undefined>;
  /** Finds the record's region codes ignoring scope, only to audit a denied read. */
  findRegions: () => Promise<string[] | undefined>;
}

/**
 * A record's region codes ignoring scope, for `findRegions`: the one column of `query`'s rows (a null
 * is no region), or undefined when it finds no row, i.e. the record does not exist.
 */
export async function regionsOf(db: TDb, query: SQL): Promise<string[] | undefined> {
  const rows = await queryRows<Record<string, string | null>>(db, query);
  if (rows.length === 0) return undefined;
  return rows.map((row) => Object.values(row)[0]).filter((code): code is string => typeof code === "string");
}

/**
 * Reads one record through the scope. A record that exists outside the scope answers exactly like a
 * missing one (404, so its existence does not leak) and leaves an audit row in its own transaction,
 * which must survive the failed request.
 */
export async function findInScope<T>(db: TDb, actor: TActor, lookup: TScopedLookup<T>): Promise<T> {
  const found = await lookup.findInScope();
  if (found !== undefined) return found;
  const regions = await lookup.findRegions();
  if (regions !== undefined) {
    await db.transaction(async (tx) => {
      await writeAudit(tx, {
        wilayahCode: regions[0] ?? null,
        actorId: actor.userId,
        action: "access.denied",
        entityType: lookup.entityType,
        entityId: lookup.entityId,
        data: { role: actor.role, scopes: actor.scopes },
      });
    });
  }
  throw new AppError(AppErrorCode.NOT_FOUND, `${lookup.entityType} not found`);
}
