import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { findInScope, inScope } from "../scope/scope.ts";
import { enrolmentColumns, type TEnrolmentRow } from "./enrolment-store.ts";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NO_SUCH_ID = "00000000-0000-0000-0000-000000000000";

/**
 * Reads an enrolment by its id through the scope (its family's desa): outside the caller's scope it
 * answers 404 exactly like a missing one and leaves an `access.denied` audit row.
 */
export async function findEnrolment(db: TDb, actor: TActor, enrolmentId: string): Promise<TEnrolmentRow> {
  const id = uuidPattern.test(enrolmentId) ? enrolmentId : NO_SUCH_ID;
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
    findRegions: async () => {
      const [row] = await queryRows<{ desa_code: string }>(
        db,
        sql`SELECT desa_code FROM enrolment WHERE id = ${id}`,
      );
      return row ? [row.desa_code] : undefined;
    },
  });
}
