import {
  latestLocalDate,
  maskNumber,
  nextCardStatuses,
  type TCardDetail,
  type TCardEventView,
  type TCardStatus,
  type THolderKind,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { readStaffDays } from "./card-settings.ts";
import { cardViewOf } from "./card-view.ts";
import { findCard } from "./find-card.ts";

interface TEventRow {
  id: string;
  status: TCardStatus;
  pemegang_jenis: THolderKind;
  pemegang_user_id: string | null;
  pemegang_nama: string | null;
  tanggal: string;
  catatan: string | null;
  actor: string | null;
  recorded_at: string;
}

/** Free text may hold a number typed by hand: masked like the rest for roles without full numbers. */
const maskDigits = (text: string | null) => text?.replace(/\d{16}/g, (n) => maskNumber(n)) ?? null;

/**
 * One card in the caller's scope with its whole history, oldest first, and the states it may go to
 * next (the form offers only those). The full number shows only to roles allowed full numbers, and
 * that view is audited, as on the family page.
 */
export async function getCard(
  db: TDb,
  actor: TActor,
  cardId: string,
  now: Date = new Date(),
): Promise<TCardDetail> {
  requirePermission(actor, "card.read");
  const today = latestLocalDate(now);
  const card = await findCard(db, actor, cardId, today, await readStaffDays(db));
  const full = actor.permissions.includes("registry.full_number");
  const events = await queryRows<TEventRow>(
    db,
    sql`SELECT e.id, e.status, e.pemegang_jenis, e.pemegang_user_id, e.pemegang_nama, e.tanggal::text AS tanggal,
               e.catatan, u.full_name AS actor,
               to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at
        FROM kartu_kks_event e LEFT JOIN users u ON u.id = e.actor_id
        WHERE e.kab_code = ${card.kab_code} AND e.no_kks = ${card.no_kks}
        ORDER BY e.tanggal, e.recorded_at, e.id`,
  );
  const [replacement] = await queryRows<{ id: string; no_kks: string }>(
    db,
    sql`SELECT id, no_kks FROM kartu_kks WHERE kab_code = ${card.kab_code} AND menggantikan = ${card.no_kks} LIMIT 1`,
  );
  if (full) {
    await db.transaction((tx) =>
      writeAudit(tx, {
        wilayahCode: card.desa_code,
        actorId: actor.userId,
        action: "card.view_full_number",
        entityType: "kartu_kks",
        entityId: card.id,
      }),
    );
  }
  return {
    ...cardViewOf(card, full),
    numbersMasked: !full,
    events: events.map(
      (e): TCardEventView => ({
        id: e.id,
        status: e.status,
        pemegang: { jenis: e.pemegang_jenis, userId: e.pemegang_user_id, nama: e.pemegang_nama },
        tanggal: e.tanggal,
        catatan: full ? e.catatan : maskDigits(e.catatan),
        actor: e.actor,
        recordedAt: e.recorded_at,
      }),
    ),
    nextStatuses: [...nextCardStatuses(card.status)],
    diganti: replacement
      ? { id: replacement.id, noKks: full ? replacement.no_kks : maskNumber(replacement.no_kks) }
      : null,
  };
}
