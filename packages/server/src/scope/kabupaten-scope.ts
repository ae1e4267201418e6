import { kabupatenCodeOf, scopesContain } from "@kawal/core";
import type { AnyColumn, SQL } from "drizzle-orm";
import type { TActor } from "./actor.ts";
import { inScope } from "./scope.ts";

/**
 * What a kabupaten owns (its local programmes, its caseload norms, its settings, the duplicate pairs
 * stored under it) concerns everyone who works in it or above it: a TKSK of one kecamatan reads its
 * kabupaten's own programmes and norms. The actor's scope widened to whole kabupaten says so; it only
 * ever compares kabupaten codes, never a desa, so it widens no read of personal data.
 */
function kabupatenScopes(actor: TActor): TActor {
  return { ...actor, scopes: actor.scopes.map((code) => kabupatenCodeOf(code) ?? code) };
}

/** A SQL condition true when the kabupaten code in `kabColumn` is one the actor works in or above. */
export function kabupatenInScope(actor: TActor, kabColumn: AnyColumn | SQL): SQL {
  return inScope(kabupatenScopes(actor), kabColumn);
}

/** True when the actor works in the kabupaten or above it (the same rule as `kabupatenInScope`). */
export function worksInKabupaten(actor: TActor, kabCode: string): boolean {
  return scopesContain(kabupatenScopes(actor).scopes, kabCode);
}
