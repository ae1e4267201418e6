import { sql } from "drizzle-orm";
import {
  lockEventMember,
  type TEventContext,
  type TEventMember,
  type TMemberChange,
  updateEventMember,
} from "./event-member.ts";
import { refusals } from "./life-event-refusals.ts";
import type { TLifeEventOf } from "./life-event-schema.ts";

async function setHamil(ctx: TEventContext, member: TEventMember, hamil: boolean): Promise<TMemberChange> {
  await updateEventMember(ctx, member.nik, [sql`hamil = ${hamil}`]);
  return { nik: member.nik, changes: { hamil: { before: member.hamil, after: hamil } } };
}

/**
 * A woman is pregnant: the PKH pregnancy component and its antenatal check-ups follow from this
 * (docs/domain.md, Programmes), so only a member recorded as female (`P`) can be.
 */
export async function recordPregnancy(
  ctx: TEventContext,
  event: TLifeEventOf<"hamil">,
): Promise<TMemberChange> {
  const member = await lockEventMember(ctx, event);
  if (member.jenisKelamin !== "P") throw refusals.notAWoman();
  if (member.hamil === true) throw refusals.unchanged("hamil", true, event.kind);
  return setHamil(ctx, member, true);
}

/** A pregnancy ended (birth or loss; a birth is recorded as its own event). */
export async function recordPregnancyEnd(
  ctx: TEventContext,
  event: TLifeEventOf<"hamil_selesai">,
): Promise<TMemberChange> {
  const member = await lockEventMember(ctx, event);
  if (member.jenisKelamin !== "P") throw refusals.notAWoman();
  if (member.hamil !== true) throw refusals.notPregnant();
  return setHamil(ctx, member, false);
}
