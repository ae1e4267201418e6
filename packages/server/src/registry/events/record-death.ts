import { endMembership, lockEventMember, type TEventContext, type TMemberChange } from "./event-member.ts";
import type { TLifeEventOf } from "./life-event-schema.ts";

/**
 * A member died: the status becomes `meninggal` and the row stays. A head who dies stays the recorded
 * head and the family keeps its other members; a new head comes with the next KK (an import).
 */
export async function recordDeath(
  ctx: TEventContext,
  event: TLifeEventOf<"kematian">,
): Promise<TMemberChange> {
  const member = await lockEventMember(ctx, event);
  return { nik: member.nik, changes: await endMembership(ctx, member, "meninggal", event.kind) };
}
