import { z } from "zod";
import type { TBilingual } from "../errors/app-error.ts";
import { transitionTableRefusal } from "../errors/status-change-refusal.ts";
import { namedByValue } from "../i18n/bilingual.ts";
import { commonMessages } from "../i18n/common-messages.ts";
import { addFieldIssue } from "../i18n/field-issue.ts";
import { schemaMessage } from "../i18n/schema-message.ts";
import { ZNoKks } from "../programs/enrolment-schemas.ts";
import { isFutureDate } from "../time/local-date.ts";
import { type TCardStatus, type THolderKind, ZCardStatus, ZHolderKind } from "./distribution.ts";

/**
 * A KKS card's life and custody (docs/domain.md, KKS card problems; Fraud seen in the field). Pure rules;
 * the server applies them. Each card problem of docs/domain.md has its state: a lost card is `hilang` until
 * the bank reprints it (`diganti`), a blocked PIN is `diblokir` until unblocked (back to `diserahkan`).
 */

/**
 * Every allowed transition, and nothing else. Keyed by every status, so a status added without saying
 * where it may go does not compile. `diganti` and `ditarik` are final: a replaced card lives on as a
 * new card (`menggantikan` names the old one), a withdrawn card is never handed out again.
 */
export const cardTransitions = {
  dicetak: ["diserahkan"],
  diserahkan: ["diblokir", "hilang", "rusak", "tertelan", "ditarik"],
  diblokir: ["diserahkan", "diganti", "ditarik"],
  hilang: ["diganti"],
  rusak: ["diganti"],
  tertelan: ["diganti"],
  diganti: [],
  ditarik: [],
} as const satisfies Record<TCardStatus, readonly TCardStatus[]>;

/**
 * Who holds a card by default once it is in each state; the caller may name another holder. A lost
 * card is recorded against the family that lost it, a swallowed or replaced one goes back to the
 * bank, a withdrawn one stays with the desa (docs/domain.md, KKS card problems 5).
 */
export const cardDefaultHolder: Record<TCardStatus, THolderKind> = {
  dicetak: "bank",
  diserahkan: "keluarga",
  diblokir: "keluarga",
  hilang: "keluarga",
  rusak: "keluarga",
  tertelan: "bank",
  diganti: "bank",
  ditarik: "desa",
};

/**
 * The roles a card must never be handed to (docs/domain.md, Fraud): the companions, and the koordinator who
 * supervises them. A card with one of them is flagged at once.
 */
export const cardCompanionRoles = ["tksk", "pendamping_pkh", "psm", "koordinator"] as const;

/** Days a card may stay with staff before it is flagged, unless Dinas Sosial sets another number. */
export const KKS_STAFF_DAYS_DEFAULT = 3;
/** The `system_setting` key of that number. */
export const KKS_STAFF_DAYS_SETTING = "kks_batas_hari_staf";

export const cardStatusNames = namedByValue<TCardStatus>({
  dicetak: "printed",
  diserahkan: "handed over",
  diblokir: "blocked",
  hilang: "lost",
  rusak: "damaged",
  tertelan: "swallowed",
  diganti: "replaced",
  ditarik: "withdrawn",
});

export const holderKindNames: Record<THolderKind, TBilingual> = {
  keluarga: { id: "keluarga", en: "family" },
  staf: { id: "staf", en: "staff" },
  bank: { id: "bank", en: "bank" },
  desa: { id: "kantor desa", en: "desa office" },
};

export function nextCardStatuses(from: TCardStatus): readonly TCardStatus[] {
  return cardTransitions[from];
}

export function isFinalCardStatus(status: TCardStatus): boolean {
  return cardTransitions[status].length === 0;
}

/** Why `from` → `to` is refused, naming the state and what was asked; null when the table allows it. */
export function cardTransitionRefusal(from: TCardStatus, to: TCardStatus): TBilingual | null {
  const card = { id: "Kartu", en: "The card" };
  return transitionTableRefusal(card, cardStatusNames, from, to, cardTransitions[from]);
}

const ZCardDate = z.iso
  .date(commonMessages.dateFormat)
  .refine(
    (value) => value >= "2000-01-01",
    schemaMessage({ id: "tahun minimal 2000", en: "the year must be 2000 or later" }),
  )
  // Judged against the clock at parse time; the server checks again with its own clock.
  .refine((value) => !isFutureDate(value, new Date()), commonMessages.notFuture);

const ZPersonName = z
  .string()
  .trim()
  .max(200, schemaMessage({ id: "nama paling panjang 200 huruf", en: "the name is at most 200 characters" }));

const ZBank = z
  .string(schemaMessage({ id: "bank wajib diisi", en: "the bank is required" }))
  .trim()
  .min(1, schemaMessage({ id: "bank wajib diisi", en: "the bank is required" }))
  .max(
    60,
    schemaMessage({ id: "nama bank paling panjang 60 huruf", en: "the bank name is at most 60 characters" }),
  );

/** `POST /api/cards`: a card registered for a family, printed (at the bank) or already handed over. */
export const ZCardCreate = z
  .strictObject({
    familyId: z.uuid(schemaMessage({ id: "pilih keluarga", en: "choose a family" })),
    noKks: ZNoKks,
    bank: ZBank,
    status: z.enum(["dicetak", "diserahkan"]).default("dicetak"),
    tanggal: ZCardDate,
    /** The family member who received the card, when it is registered as handed over. */
    penerima: ZPersonName.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.status === "diserahkan" && !value.penerima) {
      addFieldIssue(ctx, "penerima", {
        id: "nama penerima wajib diisi untuk kartu yang diserahkan",
        en: "the receiving person's name is required for a handed-over card",
      });
    }
  });
export type TCardCreate = z.infer<typeof ZCardCreate>;
export type TCardCreateInput = z.input<typeof ZCardCreate>;

/**
 * `POST /api/cards/:id/events` (with an `Idempotency-Key`): a change of state (`status`), or, without
 * it, a hand-over: the card moves to another holder and keeps its state. The holder defaults to what
 * the new state implies (`cardDefaultHolder`).
 */
export const ZCardEvent = z
  .strictObject({
    status: ZCardStatus.optional(),
    pemegangJenis: ZHolderKind.optional(),
    pemegangUserId: z.uuid(schemaMessage({ id: "pilih staf", en: "choose a staff member" })).optional(),
    pemegangNama: ZPersonName.optional(),
    tanggal: ZCardDate,
    catatan: z
      .string()
      .trim()
      .max(
        500,
        schemaMessage({ id: "catatan paling panjang 500 huruf", en: "the note is at most 500 characters" }),
      )
      .optional(),
    /** The new card's number, for `diganti`. */
    noKksBaru: ZNoKks.optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.status && !value.pemegangJenis) {
      addFieldIssue(ctx, "pemegangJenis", { id: "pilih pemegang kartu", en: "choose who holds the card" });
    }
    if (value.status === "diganti" && !value.noKksBaru) {
      addFieldIssue(ctx, "noKksBaru", {
        id: "No. KKS kartu pengganti wajib diisi",
        en: "the new card's number is required",
      });
    }
    if (value.pemegangJenis === "staf" && !value.pemegangUserId) {
      addFieldIssue(ctx, "pemegangUserId", {
        id: "pilih staf yang memegang kartu",
        en: "choose the staff member holding the card",
      });
    }
  });
export type TCardEvent = z.infer<typeof ZCardEvent>;
export type TCardEventInput = z.input<typeof ZCardEvent>;

/** The holder an event leaves the card with, once defaults are applied. */
export interface TCardHolder {
  jenis: THolderKind;
  userId: string | null;
  nama: string | null;
}

export interface TCardState {
  status: TCardStatus;
  holder: TCardHolder;
  /** The date of the card's last event: a new one cannot be dated before it. */
  lastTanggal: string;
}

export type TCardEventCheck =
  | { ok: true; status: TCardStatus; holder: TCardHolder; handOverOnly: boolean }
  | { ok: false; field: string; refusal: TBilingual };

/**
 * Checks one event against the card's state: the transition table, the holder it leaves, the date.
 * The staff member's name is filled in by the server from the users table.
 */
export function checkCardEvent(card: TCardState, event: TCardEvent, now: Date): TCardEventCheck {
  const refuse = (field: string, refusal: TBilingual): TCardEventCheck => ({ ok: false, field, refusal });
  const status = event.status ?? card.status;
  const handOverOnly = event.status === undefined;
  if (!handOverOnly) {
    const refusal = cardTransitionRefusal(card.status, status);
    if (refusal) return refuse("status", refusal);
  } else if (isFinalCardStatus(card.status)) {
    const state = cardStatusNames[card.status];
    return refuse("pemegangJenis", {
      id: `Kartu berstatus "${state.id}" (akhir); pemegangnya tidak dicatat lagi`,
      en: `The card is "${state.en}" (final); its holder is no longer recorded`,
    });
  }
  const jenis = event.pemegangJenis ?? cardDefaultHolder[status];
  // The same kind of holder named again without a name keeps the one on record.
  const keep = jenis === card.holder.jenis && !event.pemegangNama && !event.pemegangUserId;
  const holder: TCardHolder = {
    jenis,
    userId: jenis === "staf" ? (event.pemegangUserId ?? (keep ? card.holder.userId : null)) : null,
    nama: event.pemegangNama || (keep ? card.holder.nama : null) || null,
  };
  if (status === "diserahkan" && !handOverOnly && jenis !== "keluarga") {
    return refuse("pemegangJenis", {
      id: "kartu yang diserahkan dipegang keluarga; serah terima ke pihak lain dicatat terpisah",
      en: "a handed-over card is held by the family; a hand-over to anyone else is recorded on its own",
    });
  }
  if (jenis === "staf" && !holder.userId) {
    return refuse("pemegangUserId", {
      id: "pilih staf yang memegang kartu",
      en: "choose the staff member holding the card",
    });
  }
  if (jenis === "keluarga" && !holder.nama) {
    return refuse("pemegangNama", {
      id: "nama anggota keluarga yang menerima kartu wajib diisi",
      en: "the name of the family member who received the card is required",
    });
  }
  if (
    handOverOnly &&
    jenis === card.holder.jenis &&
    holder.userId === card.holder.userId &&
    holder.nama === card.holder.nama
  ) {
    return refuse("pemegangJenis", {
      id: "kartu sudah dipegang oleh pemegang ini",
      en: "the card is already held by this holder",
    });
  }
  if (status === "diganti" && !event.noKksBaru) {
    return refuse("noKksBaru", {
      id: "No. KKS kartu pengganti wajib diisi",
      en: "the new card's number is required",
    });
  }
  if (isFutureDate(event.tanggal, now)) {
    return refuse("tanggal", {
      id: "tanggal tidak boleh setelah hari ini",
      en: "the date cannot be after today",
    });
  }
  if (event.tanggal < card.lastTanggal) {
    return refuse("tanggal", {
      id: `tanggal tidak boleh sebelum kejadian terakhir kartu ini (${card.lastTanggal})`,
      en: `the date cannot be before this card's last event (${card.lastTanggal})`,
    });
  }
  return { ok: true, status, holder, handOverOnly };
}

/** `GET /api/cards`: the caller's cards, of one family, flagged ones only, or in one state. */
export const ZCardListQuery = z.strictObject({
  familyId: z.uuid().optional(),
  flagged: z.enum(["true", "false"]).optional(),
  status: ZCardStatus.optional(),
  /** The id of the last card of the previous page. */
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TCardListQuery = z.infer<typeof ZCardListQuery>;

/** `PUT /api/cards/settings`. */
export const ZCardSettings = z.strictObject({
  batasHariStaf: z.coerce
    .number(schemaMessage({ id: "batas hari harus angka", en: "the number of days must be a number" }))
    .int(schemaMessage({ id: "batas hari harus bilangan bulat", en: "the number of days must be whole" }))
    .min(0, schemaMessage({ id: "batas hari minimal 0", en: "the number of days is at least 0" }))
    .max(365, schemaMessage({ id: "batas hari paling banyak 365", en: "the number of days is at most 365" })),
});
export type TCardSettings = z.infer<typeof ZCardSettings>;

/** Why a card is flagged: held by staff beyond the limit, or by a companion at all. */
export const cardFlagReasons = ["staf_terlalu_lama", "pendamping"] as const;
export type TCardFlagReason = (typeof cardFlagReasons)[number];

export const ZCardStaffQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
});
export type TCardStaffQuery = z.infer<typeof ZCardStaffQuery>;
