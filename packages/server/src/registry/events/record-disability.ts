import { sql } from "drizzle-orm";
import {
  lockEventMember,
  type TEventContext,
  type TMemberChange,
  updateEventMember,
} from "./event-member.ts";
import { refusals } from "./life-event-refusals.ts";
import type { TLifeEventOf } from "./life-event-schema.ts";

/** A disability found (or found no longer to apply): it feeds the PKH severe-disability component. */
export async function recordDisability(
  ctx: TEventContext,
  event: TLifeEventOf<"disabilitas">,
): Promise<TMemberChange> {
  const member = await lockEventMember(ctx, event);
  if (member.disabilitas === event.disabilitas) {
    throw refusals.unchanged("disabilitas", member.disabilitas, event.kind);
  }
  await updateEventMember(ctx, member.nik, [sql`disabilitas = ${event.disabilitas}`]);
  return {
    nik: member.nik,
    changes: { disabilitas: { before: member.disabilitas, after: event.disabilitas } },
  };
}
