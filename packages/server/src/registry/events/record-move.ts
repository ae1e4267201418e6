import { wilayahNames } from "../../wilayah/get-wilayah.ts";
import { levelName } from "../../wilayah/wilayah-views.ts";
import { endMembership, lockEventMember, type TEventContext, type TMemberChange } from "./event-member.ts";
import { refusals } from "./life-event-refusals.ts";
import type { TLifeEventOf } from "./life-event-schema.ts";

/**
 * A member moved out of the family or the area: the status becomes `pindah`. Where to, when the
 * companion knows it, is kept with the event; the member is not moved into another family here.
 */
export async function recordMove(ctx: TEventContext, event: TLifeEventOf<"pindah">): Promise<TMemberChange> {
  if (event.tujuanDesa !== undefined) {
    const found = (await wilayahNames(ctx.tx, [event.tujuanDesa])).get(event.tujuanDesa);
    if (!found || levelName(found.level) !== "desa") throw refusals.notADesa();
  }
  const member = await lockEventMember(ctx, event);
  return {
    nik: member.nik,
    changes: await endMembership(ctx, member, "pindah", event.kind),
    extra: event.tujuanDesa === undefined ? undefined : { tujuanDesa: event.tujuanDesa },
  };
}
