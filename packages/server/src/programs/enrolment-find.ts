import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { lookupId } from "../scope/record-id.ts";
import { findInScope, inScope, regionsOf } from "../scope/scope.ts";
import { enrolmentColumns, type TEnrolmentRow } from "./enrolment-store.ts";

/**
 * Reads an enrolment by its id through the scope (its family's desa): outside the caller's scope it
 * answers 404 exactly like a missing one and leaves an `access.denied` audit row.
 */
export async function findEnrolment(db: TDb, actor: TActor, enrolmentId: string): Promise<TEnrolmentRow> {
  const id = lookupId(enrolmentId);
  return findInScope(db, actor, {
    entityType: "enrolment",
    entityId: enrolmentId,
    findInScope: async () =>
      (
        await queryRows<TEnrolmentRow>(
          db,
          sql`SELECT ${enrolmentColumns} FROM enrolment e WHERE e.id = ${id} AND ${inScope(actor, sql`e.desa_code`)}`,
        )
      )[0],
    findRegions: () => regionsOf(db, sql`SELECT desa_code FROM enrolment WHERE id = ${id}`),
  });
}
