import type { TDb } from "../../src/db/database.ts";
import { kartuKks, kartuKksEvent } from "../../src/db/schema.ts";
import { kabOf } from "./region.ts";

/** Who holds a card: the family, a staff member (by user id), the bank or the desa office. */
export interface TCardHolder {
  jenis: string;
  userId?: string | null;
  nama?: string | null;
}

/** The actor of events no user made (seeded history). */
export const NO_ACTOR = "00000000-0000-0000-0000-000000000000";

/** A KKS card in the card register, `diserahkan` to the family unless told otherwise. */
export async function makeCard(
  db: TDb,
  card: {
    noKks: string;
    noKk: string;
    desa: string;
    status?: string;
    holder?: TCardHolder;
    since?: Date;
    nikPengurus?: string | null;
    /** The card this one replaced. */
    menggantikan?: string;
  },
): Promise<{ id: string }> {
  const holder = card.holder ?? { jenis: "keluarga" };
  const [row] = await db
    .insert(kartuKks)
    .values({
      kabCode: kabOf(card.desa),
      noKks: card.noKks,
      noKk: card.noKk,
      desaCode: card.desa,
      nikPengurus: card.nikPengurus,
      bank: "BNI",
      status: card.status ?? "diserahkan",
      pemegangJenis: holder.jenis,
      pemegangUserId: holder.userId,
      pemegangNama: holder.nama,
      pemegangSejak: card.since ?? new Date(),
      menggantikan: card.menggantikan,
    })
    .returning({ id: kartuKks.id });
  if (!row) throw new Error("card not created");
  return row;
}

/** A lifecycle or custody event of a card: its status and who held it from that day. */
export async function makeCardEvent(
  db: TDb,
  event: { desa: string; noKks: string; tanggal: string; holder: TCardHolder; status?: string },
): Promise<void> {
  await db.insert(kartuKksEvent).values({
    kabCode: kabOf(event.desa),
    noKks: event.noKks,
    status: event.status ?? "diserahkan",
    pemegangJenis: event.holder.jenis,
    pemegangUserId: event.holder.userId,
    pemegangNama: event.holder.nama,
    tanggal: event.tanggal,
    actorId: NO_ACTOR,
  });
}
