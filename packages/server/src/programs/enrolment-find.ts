import { sql } from "drizzle-orm";
import { recordFinder } from "../scope/record-finder.ts";
import { inScope } from "../scope/scope.ts";
import { enrolmentColumns, type TEnrolmentRow } from "./enrolment-store.ts";

/**
 * Reads an enrolment by its id through the scope (its family's desa): outside the caller's scope it
 * answers 404 exactly like a missing one and leaves an `access.denied` audit row.
 */
export const findEnrolment = recordFinder<TEnrolmentRow>({
  entityType: "enrolment",
  row: (id, actor) =>
    sql`SELECT ${enrolmentColumns} FROM enrolment e WHERE e.id = ${id} AND ${inScope(actor, sql`e.desa_code`)}`,
  regions: (id) => sql`SELECT desa_code FROM enrolment WHERE id = ${id}`,
});
