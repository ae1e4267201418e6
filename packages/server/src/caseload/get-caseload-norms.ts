import { companionRoles, NATIONAL_SCOPE, type TCaseloadNorms, type TNormView } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { kabupatenInScope } from "../scope/kabupaten-scope.ts";
import { actorCovers, hasNationalScope, requirePermission } from "../scope/scope.ts";

interface TNormRow {
  wilayah_code: string;
  role: TNormView["role"];
  norma: number;
  unit: TNormView["unit"];
  updated_at: Date | string;
}

const inList = (values: readonly string[]): SQL =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * The kabupaten the actor's norms page shows: those of its scope (a desa or kecamatan scope shows its
 * kabupaten, a province all of its kabupaten); for the whole country, the kabupaten with norms of their own.
 */
async function kabupatenOf(db: TDb, actor: TActor): Promise<{ code: string; name: string }[]> {
  if (hasNationalScope(actor)) {
    return queryRows(
      db,
      sql`SELECT DISTINCT n.wilayah_code AS code, COALESCE(w.name, n.wilayah_code) AS name
          FROM caseload_norm n LEFT JOIN wilayah w ON w.code = n.wilayah_code
          WHERE n.wilayah_code <> ${NATIONAL_SCOPE} ORDER BY 1`,
    );
  }
  return queryRows(
    db,
    sql`SELECT code, name FROM wilayah WHERE level = 2 AND ${kabupatenInScope(actor, sql`code`)} ORDER BY code`,
  );
}

/**
 * The caseload norms for the caller: the national defaults (375 families per PKH companion, seeded) and,
 * for each kabupaten of its scope, the norm its companions are held to, its own or the national one.
 */
export async function getCaseloadNorms(db: TDb, actor: TActor): Promise<TCaseloadNorms> {
  requirePermission(actor, "caseload.read");
  const kabupaten = await kabupatenOf(db, actor);
  const rows = await queryRows<TNormRow>(
    db,
    sql`SELECT wilayah_code, role, norma, unit, updated_at FROM caseload_norm
        WHERE wilayah_code IN (${inList([NATIONAL_SCOPE, ...kabupaten.map((k) => k.code)])})
          AND role IN (${inList(companionRoles)})
        ORDER BY wilayah_code, role`,
  );
  const national = rows.filter((r) => r.wilayah_code === NATIONAL_SCOPE);
  const manages = actor.permissions.includes("caseload.manage");
  return {
    items: national.map((r) => ({
      role: r.role,
      norma: r.norma,
      unit: r.unit,
      updatedAt: new Date(r.updated_at).toISOString(),
    })),
    canSetNational: manages && hasNationalScope(actor),
    kabupaten: kabupaten.map((k) => ({
      code: k.code,
      name: k.name,
      canSet: manages && actorCovers(actor, [k.code]),
      items: national.map((n) => {
        const own = rows.find((r) => r.wilayah_code === k.code && r.role === n.role);
        const applies = own ?? n;
        return {
          role: n.role,
          norma: applies.norma,
          unit: applies.unit,
          updatedAt: own ? new Date(own.updated_at).toISOString() : null,
          source: own ? ("kabupaten" as const) : ("nasional" as const),
        };
      }),
    })),
  };
}
