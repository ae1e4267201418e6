import type { TCardHolder, TCardStatus } from "@kawal/core";
import { sql } from "drizzle-orm";
import type { TDb } from "../db/database.ts";

/** A date (`YYYY-MM-DD`) as the start of that day, the moment a holder is counted from. */
export const dayStart = (tanggal: string) => sql`(${tanggal}::date)::timestamp AT TIME ZONE 'UTC'`;

export interface TCardEventInsert {
  kabCode: string;
  noKks: string;
  status: TCardStatus;
  holder: TCardHolder;
  tanggal: string;
  catatan: string | null;
  actorId: string;
  idempotencyKey: string | null;
}

/** Appends one event to a card's history (the table is append-only for the app role). */
export async function insertCardEvent(tx: TDb, e: TCardEventInsert): Promise<void> {
  await tx.execute(
    sql`INSERT INTO kartu_kks_event (kab_code, no_kks, status, pemegang_jenis, pemegang_user_id, pemegang_nama,
                                     tanggal, catatan, actor_id, idempotency_key)
        VALUES (${e.kabCode}, ${e.noKks}, ${e.status}, ${e.holder.jenis}, ${e.holder.userId}, ${e.holder.nama},
                ${e.tanggal}, ${e.catatan}, ${e.actorId}, ${e.idempotencyKey})`,
  );
}
