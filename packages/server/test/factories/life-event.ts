import type { TDb } from "../../src/db/database.ts";
import { registryEvent } from "../../src/db/schema.ts";
import { kabOf } from "./region.ts";

/** A registry event of a member (`kematian`, `pindah`, …) on a date, with no details. */
export async function makeLifeEvent(
  db: TDb,
  event: { desa: string; kind: string; noKk: string; nik: string; occurredOn: string },
): Promise<void> {
  await db.insert(registryEvent).values({
    kabCode: kabOf(event.desa),
    kind: event.kind,
    noKk: event.noKk,
    nik: event.nik,
    occurredOn: event.occurredOn,
    data: {},
  });
}
