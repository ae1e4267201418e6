import { z } from "zod";
import { listOf, pageOf } from "../views/collections.ts";
import { ZRegionRef } from "../wilayah/region-ref.ts";
import { cardFlagReasons } from "./cards.ts";
import { ZCardStatus, ZHolderKind } from "./distribution.ts";

/** What the card endpoints answer; the web app reads the same types. */

const ZCardFlagReason = z.enum(cardFlagReasons);

/** Who holds a card: a family, a staff member (by user id), the bank or the desa office. */
const ZCardHolder = z.object({
  jenis: ZHolderKind,
  userId: z.string().nullable(),
  nama: z.string().nullable(),
});

export const ZCardHolderView = ZCardHolder.extend({
  /** The staff member's role, when a user holds it. */
  role: z.string().nullable(),
  sejak: z.string(),
});
export type TCardHolderView = z.infer<typeof ZCardHolderView>;

/** A card in a list: its number masked. */
export const ZCardView = z.object({
  id: z.string(),
  noKks: z.string(),
  bank: z.string(),
  status: ZCardStatus,
  familyId: z.string().nullable(),
  /** The head of the family, for recognising it. */
  kepala: z.string().nullable(),
  desa: ZRegionRef,
  pemegang: ZCardHolderView,
  /** The number of the card this one replaced, masked like its own. */
  menggantikan: z.string().nullable(),
  /** Days with the current holder. */
  hari: z.number(),
  flag: ZCardFlagReason.nullable(),
});
export type TCardView = z.infer<typeof ZCardView>;

export const ZCardPage = pageOf(ZCardView);
export type TCardPage = z.infer<typeof ZCardPage>;

export const ZCardEventView = z.object({
  id: z.string(),
  status: ZCardStatus,
  pemegang: ZCardHolder,
  tanggal: z.string(),
  catatan: z.string().nullable(),
  actor: z.string().nullable(),
  recordedAt: z.string(),
});
export type TCardEventView = z.infer<typeof ZCardEventView>;

/** One card, with its history and what may happen to it next. */
export const ZCardDetail = ZCardView.extend({
  /** False only for roles allowed full numbers; each such view is audited. */
  numbersMasked: z.boolean(),
  events: z.array(ZCardEventView),
  nextStatuses: z.array(ZCardStatus),
  /** The card that replaced this one, when it was replaced. */
  diganti: z.object({ id: z.string(), noKks: z.string() }).nullable(),
});
export type TCardDetail = z.infer<typeof ZCardDetail>;

export const ZCardFlag = z.object({
  card: ZCardView,
  why: ZCardFlagReason,
  hari: z.number(),
  sejak: z.string(),
});
export type TCardFlag = z.infer<typeof ZCardFlag>;

export const ZCardFlags = z.object({ batasHariStaf: z.number(), items: z.array(ZCardFlag) });
export type TCardFlags = z.infer<typeof ZCardFlags>;

/** The card settings as stored (the answer of reading and of changing them). */
export const ZCardSettingsView = z.object({ batasHariStaf: z.number() });
export type TCardSettingsView = z.infer<typeof ZCardSettingsView>;

/** A staff member a card may be handed to (the hand-over form's picker). */
export const ZCardStaffOption = z.object({ id: z.string(), fullName: z.string(), role: z.string() });
export type TCardStaffOption = z.infer<typeof ZCardStaffOption>;

export const ZCardStaffList = listOf(ZCardStaffOption);
export type TCardStaffList = z.infer<typeof ZCardStaffList>;
