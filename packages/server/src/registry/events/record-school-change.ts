import { sql } from "drizzle-orm";
import {
  lockEventMember,
  type TEventContext,
  type TMemberChange,
  updateEventMember,
} from "./event-member.ts";
import { refusals } from "./life-event-refusals.ts";
import type { TLifeEventOf } from "./life-event-schema.ts";

/** A member's school level changed (PKH pays per school level: docs/domain.md, Programmes). */
export async function recordSchoolChange(
  ctx: TEventContext,
  event: TLifeEventOf<"sekolah">,
): Promise<TMemberChange> {
  const member = await lockEventMember(ctx, event);
  if (member.pendidikan === event.pendidikan) {
    throw refusals.unchanged("pendidikan", member.pendidikan, event.kind);
  }
  await updateEventMember(ctx, member.nik, [sql`pendidikan = ${event.pendidikan}`]);
  return { nik: member.nik, changes: { pendidikan: { before: member.pendidikan, after: event.pendidikan } } };
}
