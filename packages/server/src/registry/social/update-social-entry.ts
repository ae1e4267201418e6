import {
  latestLocalDate,
  socialEntryCanMove,
  type TSocialEntry,
  type TSocialEntryStatus,
  type TSocialEntryUpdate,
} from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit.ts";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";
import { requireCategoryInForce } from "./category-in-force.ts";
import { ensureNotRegistered, lockLink } from "./ensure-not-registered.ts";
import { findSocialEntry, getSocialEntry } from "./get-social-entry.ts";
import { socialRefusals } from "./social-refusals.ts";

interface TLockedEntry {
  register: "pmks" | "psks";
  kategori_kode: number;
  kecamatan_code: string;
  desa_code: string | null;
  nik: string | null;
  no_kk: string | null;
  keterangan: string | null;
  status: TSocialEntryStatus;
}

/**
 * Changes an entry's category, status or note. A patch that changes nothing writes nothing (a retried
 * request is harmless); anything else is one update and one audit row in one transaction.
 */
export async function updateSocialEntry(
  db: TDb,
  actor: TActor,
  entryId: string,
  patch: TSocialEntryUpdate,
  now: Date = new Date(),
): Promise<TSocialEntry> {
  requirePermission(actor, "social.manage");
  const key = await findSocialEntry(db, actor, entryId);
  const today = latestLocalDate(now);
  await db.transaction(async (tx) => {
    const [entry] = await queryRows<TLockedEntry>(
      tx,
      sql`SELECT register, kategori_kode, kecamatan_code, desa_code, nik, no_kk, keterangan, status
          FROM social_register WHERE kab_code = ${key.kab_code} AND id = ${key.id} FOR UPDATE`,
    );
    if (!entry) throw new Error("social entry vanished");
    const sets: SQL[] = [];
    const changes: Record<string, unknown> = {};
    if (patch.kategoriKode !== undefined && patch.kategoriKode !== entry.kategori_kode) {
      await requireCategoryInForce(tx, entry.register, patch.kategoriKode, today);
      sets.push(sql`kategori_kode = ${patch.kategoriKode}`);
      changes.kategoriKode = { before: entry.kategori_kode, after: patch.kategoriKode };
    }
    if (patch.status !== undefined && patch.status !== entry.status) {
      if (!socialEntryCanMove(entry.status, patch.status)) {
        throw socialRefusals.invalidTransition(entry.status, patch.status);
      }
      sets.push(sql`status = ${patch.status}`);
      changes.status = { before: entry.status, after: patch.status };
    }
    const keterangan = patch.keterangan === undefined ? entry.keterangan : patch.keterangan || null;
    if (keterangan !== entry.keterangan) {
      sets.push(sql`keterangan = ${keterangan}`);
      // The note itself stays out of the append-only audit log: it may hold health or family details.
      changes.keterangan = "diubah";
    }
    if (sets.length === 0) return;
    const status = patch.status ?? entry.status;
    if (status === "aktif" && (changes.kategoriKode || changes.status)) {
      await lockLink(tx, { nik: entry.nik, noKk: entry.no_kk });
      await ensureNotRegistered(tx, {
        register: entry.register,
        kategoriKode: patch.kategoriKode ?? entry.kategori_kode,
        nik: entry.nik,
        noKk: entry.no_kk,
        exceptId: key.id,
      });
    }
    await tx.execute(
      sql`UPDATE social_register SET ${sql.join([...sets, sql`updated_at = now()`], sql`, `)}
          WHERE kab_code = ${key.kab_code} AND id = ${key.id}`,
    );
    await writeAudit(tx, {
      wilayahCode: entry.desa_code ?? entry.kecamatan_code,
      actorId: actor.userId,
      action: "social.update",
      entityType: "social_register",
      entityId: key.id,
      data: { changes },
    });
  });
  return getSocialEntry(db, actor, key.id, now);
}
