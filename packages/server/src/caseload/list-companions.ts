import { companionRoles, schemaMessage, type TCompanion } from "@kawal/core";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { COMPANION_ROLES_SQL, companionVisible } from "./companion-sql.ts";
import { byLoad, companionSummaries } from "./companion-summary.ts";

export const ZCompanionQuery = z.strictObject({
  role: z
    .enum(companionRoles, { error: schemaMessage({ id: "peran tidak dikenal", en: "unknown role" }) })
    .optional(),
});
export type TCompanionQuery = z.infer<typeof ZCompanionQuery>;

/** The companions the actor may see, heaviest load first. */
export async function listCompanions(
  db: TDb,
  actor: TActor,
  query: TCompanionQuery,
): Promise<{ items: TCompanion[] }> {
  requirePermission(actor, "caseload.read");
  const items = await companionSummaries(
    db,
    sql`u.role IN ${COMPANION_ROLES_SQL} AND ${companionVisible(actor, sql`u.id`)}
        ${query.role ? sql`AND u.role = ${query.role}` : sql``}`,
  );
  return { items: items.sort(byLoad) };
}
