import { sql } from "drizzle-orm";
import { loadActor } from "../auth/load-actor.ts";
import { queryRows, type TDb } from "../db/database.ts";
import { recordLifeEvent } from "../registry/events/record-life-event.ts";

/**
 * The planted fraud (docs/domain.md, Fraud seen in the field: a companion held 16 KPM cards and used those
 * of absent or deceased KPM), which the anomaly list must find:
 *
 * - On 24 November 2025 the PSM of Pucangsimo (`psm07`) collects the KKS cards of nine Sembako
 *   families of that desa "to help them withdraw": each card's custody event hands it to staff, and the
 *   card register shows the PSM holding it since (kartu_di_staf; a card with a companion is flagged).
 * - Those families do not come on their November schedule day (absent).
 * - On 19 December 2025 from 20:41 to 20:49 WIB, after hours and on no schedule day, the nine cards are
 *   used one minute apart at the desa's e-Warong (EW-3517180701) for the full 200,000, then at 20:50 a
 *   card no payment list and no card register knows (banyak_kartu_satu_agen, kartu_tak_dikenal).
 * - One of the nine families' pengurus died on 20 October 2025: the death is in the registry
 *   (registry_event `kematian`, member status `meninggal`), yet her card is used in December
 *   (pengurus_meninggal). The TKSK had even recorded her death as the November reason.
 *
 * The cards and transactions come from `demo_plan` (`masalah = 'titip'`); this records the death
 * through the registry's own use case, by the TKSK, with a fixed idempotency key so a second load
 * replays it instead of recording it twice.
 */
export async function recordDemoDeath(tx: TDb, tkskId: string): Promise<number> {
  const [family] = await queryRows<{ id: string; nik: string }>(
    tx,
    sql`SELECT kel.id, k.nik_pengurus AS nik FROM demo_kartu k
        JOIN keluarga kel ON kel.kab_code = k.kab_code AND kel.no_kk = k.no_kk
        WHERE k.urut = 1`,
  );
  const actor = await loadActor(tx, tkskId);
  if (!family || !actor) return 0;
  const result = await recordLifeEvent(tx, actor, {
    familyId: family.id,
    idempotencyKey: "6d656e69-6e67-4761-8c6b-656d6f2d6d61",
    event: {
      kind: "kematian",
      nik: family.nik,
      occurredOn: "2025-10-20",
      catatan: "Meninggal dunia di rumah; dilaporkan kepala dusun",
    },
  });
  return result.replayed ? 0 : 1;
}
