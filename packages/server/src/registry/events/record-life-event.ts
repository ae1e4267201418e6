import { latestLocalDate, maskNumber, type TLifeEventResult } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit.ts";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";
import { findFamily } from "../find-family.ts";
import { getFamily } from "../get-family.ts";
import type { TEventContext, TMemberChange } from "./event-member.ts";
import { lockEventFamily } from "./find-event-family.ts";
import { findReplayedEvent, requestHashOf } from "./find-replayed-event.ts";
import { refusals } from "./life-event-refusals.ts";
import type { TLifeEvent } from "./life-event-schema.ts";
import { recordBirth } from "./record-birth.ts";
import { recordDeath } from "./record-death.ts";
import { recordDisability } from "./record-disability.ts";
import { recordMove } from "./record-move.ts";
import { recordPregnancy, recordPregnancyEnd } from "./record-pregnancy.ts";
import { recordSchoolChange } from "./record-school-change.ts";

export interface TRecordLifeEventInput {
  /** The family's opaque id (`keluarga.id`). */
  familyId: string;
  /** Made by the client; a retry with the same key returns the first result and changes nothing. */
  idempotencyKey: string;
  event: TLifeEvent;
}

function applyLifeEvent(ctx: TEventContext, event: TLifeEvent): Promise<TMemberChange> {
  switch (event.kind) {
    case "kelahiran":
      return recordBirth(ctx, event);
    case "kematian":
      return recordDeath(ctx, event);
    case "pindah":
      return recordMove(ctx, event);
    case "sekolah":
      return recordSchoolChange(ctx, event);
    case "hamil":
      return recordPregnancy(ctx, event);
    case "hamil_selesai":
      return recordPregnancyEnd(ctx, event);
    case "disabilitas":
      return recordDisability(ctx, event);
  }
}

/** When the event happened: a birth on the birth date unless said otherwise. */
function occurredOnOf(event: TLifeEvent): string {
  return event.kind === "kelahiran" ? (event.occurredOn ?? event.tanggalLahir) : event.occurredOn;
}

/**
 * Records a life event on a family in the caller's scope: the member change, its `registry_event` row
 * and the audit row commit together or not at all. Refusals change nothing.
 */
export async function recordLifeEvent(
  db: TDb,
  actor: TActor,
  input: TRecordLifeEventInput,
  now: Date = new Date(),
): Promise<TLifeEventResult & { replayed: boolean }> {
  requirePermission(actor, "registry.event");
  const family = await findFamily(db, actor, input.familyId);
  const { event } = input;
  const today = latestLocalDate(now);
  const occurredOn = occurredOnOf(event);
  if (event.kind === "kelahiran" && event.tanggalLahir > today) throw refusals.future("tanggalLahir");
  if (occurredOn > today) throw refusals.future("occurredOn");
  const requestHash = requestHashOf(event);

  const outcome = await db.transaction(async (tx) => {
    await lockEventFamily(tx, family);
    const earlier = await findReplayedEvent(tx, family, input.idempotencyKey);
    if (earlier) {
      if (earlier.requestHash !== requestHash) throw refusals.keyReused();
      return { eventId: earlier.id, replayed: true };
    }
    const change = await applyLifeEvent({ tx, family, today }, event);
    const data = {
      idempotencyKey: input.idempotencyKey,
      requestHash,
      changes: change.changes,
      ...change.extra,
      ...(event.catatan === undefined ? {} : { catatan: event.catatan }),
    };
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`INSERT INTO registry_event (kab_code, kind, no_kk, nik, occurred_on, recorded_by, data)
          VALUES (${family.kab_code}, ${event.kind}, ${family.no_kk}, ${change.nik}, ${occurredOn},
                  ${actor.userId}, ${JSON.stringify(data)}::jsonb)
          RETURNING id`,
    );
    if (!row) throw new Error("registry_event insert returned no row");
    await writeAudit(tx, {
      wilayahCode: family.desa_code,
      actorId: actor.userId,
      action: "registry.event",
      entityType: "keluarga",
      entityId: family.id,
      // The NIK masked: the audit log never holds a full personal number.
      data: { kind: event.kind, eventId: row.id, nik: maskNumber(change.nik), occurredOn },
    });
    return { eventId: row.id, replayed: false };
  });
  return { ...outcome, kind: event.kind, family: await getFamily(db, actor, family.id) };
}
