import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import { socialRefusals } from "./social-refusals.ts";

export interface TLinkedEntry {
  register: string;
  kategoriKode: number;
  nik: string | null;
  noKk: string | null;
  /** The entry being changed, which does not count against itself. */
  exceptId?: string;
}

/**
 * A member (or a family, when linked by No. KK alone) is active at most once per category, so counts
 * per category count people. Entries without a link cannot be told apart by a name and are not checked.
 * Call inside the write's transaction after `lockLink`, so two requests for one person queue.
 */
export async function ensureNotRegistered(tx: TDb, entry: TLinkedEntry): Promise<void> {
  if (entry.nik === null && entry.noKk === null) return;
  const same =
    entry.nik !== null ? sql`s.nik = ${entry.nik}` : sql`s.nik IS NULL AND s.no_kk = ${entry.noKk}`;
  const rows = await queryRows(
    tx,
    sql`SELECT 1 FROM social_register s
        WHERE s.register = ${entry.register} AND s.kategori_kode = ${entry.kategoriKode} AND s.status = 'aktif'
          AND ${same} ${entry.exceptId ? sql`AND s.id <> ${entry.exceptId}` : sql``}
        LIMIT 1`,
  );
  if (rows.length > 0) throw socialRefusals.alreadyRegistered(entry.nik !== null ? "nik" : "noKk");
}

/** Locks the linked member or family row for the transaction: registrations of one person queue. */
export async function lockLink(tx: TDb, link: { nik: string | null; noKk: string | null }): Promise<void> {
  if (link.nik !== null) {
    await tx.execute(sql`SELECT 1 FROM anggota WHERE nik = ${link.nik} FOR UPDATE`);
  } else if (link.noKk !== null) {
    await tx.execute(sql`SELECT 1 FROM keluarga WHERE no_kk = ${link.noKk} FOR UPDATE`);
  }
}
