import type { TAnomalyDetail } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { anomalyViewOf, closerOf, maskEvidence, type TAnomalyRow } from "./anomaly-view.ts";
import { findAnomaly } from "./find-anomaly.ts";

/** A finding's full answer: evidence masked, the family's opaque id for a link, the agent's name. */
export async function anomalyDetailOf(db: TDb, row: TAnomalyRow): Promise<TAnomalyDetail> {
  const [family] =
    row.no_kk === null
      ? []
      : await queryRows<{ id: string }>(
          db,
          sql`SELECT id FROM keluarga WHERE no_kk = ${row.no_kk} ORDER BY (kab_code = ${row.kab_code}) DESC LIMIT 1`,
        );
  const [agent] =
    row.id_agen === null
      ? []
      : await queryRows<{ nama: string }>(
          db,
          sql`SELECT nama FROM agen WHERE id_agen = ${row.id_agen} ORDER BY (kab_code = ${row.kab_code}) DESC LIMIT 1`,
        );
  return {
    ...anomalyViewOf(row),
    bukti: maskEvidence(row.bukti),
    familyId: family?.id ?? null,
    agen: row.id_agen === null ? null : { idAgen: row.id_agen, nama: agent?.nama ?? null },
    catatan: row.catatan,
    diselesaikanPada: row.diselesaikan_pada,
    diselesaikanOleh: closerOf(row),
  };
}

/** One finding of the caller's scope; outside it, 404 and an `access.denied` audit row. */
export async function getAnomaly(db: TDb, actor: TActor, id: string): Promise<TAnomalyDetail> {
  requirePermission(actor, "anomaly.read");
  return anomalyDetailOf(db, await findAnomaly(db, actor, id));
}
