import { z } from "zod";
import { commonMessages } from "../i18n/common-messages.ts";
import { schemaMessage } from "../i18n/schema-message.ts";
import { parseRupiah } from "../interchange/parse-values.ts";
import { collapseSpaces } from "../registry/anggota-cells.ts";
import { ZDateFrom1900 } from "../time/date-from-1900.ts";
import { isFutureDate } from "../time/local-date.ts";

/**
 * Aid from outside the government (docs/domain.md, Programmes): gifts from people, companies, LKS and
 * mosques. Recorded so that aid piling up on some families while others get none becomes visible.
 * The same schema checks the family page's form and the endpoint.
 */
export const aidGiverKinds = ["perorangan", "perusahaan", "lks", "masjid", "lainnya"] as const;
export type TAidGiverKind = (typeof aidGiverKinds)[number];
export const aidForms = ["uang", "sembako", "barang", "jasa", "lainnya"] as const;
export type TAidForm = (typeof aidForms)[number];

/** Ten billion rupiah: far above any gift to one family, low enough to catch a slipped keyboard. */
export const AID_MAX_NILAI = 10_000_000_000;

const nilaiMessage = schemaMessage({
  id: "nilai harus rupiah bulat ≥ 0 (contoh 150000, 150.000 atau Rp150.000)",
  en: "the value must be whole rupiah ≥ 0 (e.g. 150000, 150.000 or Rp150.000)",
});
const nilaiTooLarge = schemaMessage({ id: "nilai terlalu besar", en: "the value is too large" });

/** Whole rupiah as a number, or as text in the docs/formats.md money forms (`150.000`, `Rp150.000`). */
export const ZRupiah = z
  .union([z.number(nilaiMessage), z.string(nilaiMessage)], { error: nilaiMessage })
  .transform((value, ctx) => {
    const amount = typeof value === "number" ? value : parseRupiah(value);
    if (amount === null || !Number.isSafeInteger(amount) || amount < 0) {
      ctx.addIssue({ code: "custom", message: nilaiMessage });
      return z.NEVER;
    }
    if (amount > AID_MAX_NILAI) {
      ctx.addIssue({ code: "custom", message: nilaiTooLarge });
      return z.NEVER;
    }
    return amount;
  });

const ZAidDate = ZDateFrom1900
  // Judged against the clock at parse time; the server checks again with its own clock.
  .refine((value) => !isFutureDate(value, new Date()), commonMessages.notFuture);

/** One gift to one family, as the form and the endpoint take it. */
export const ZAidRecordCreate = z.strictObject({
  jenisPemberi: z.enum(aidGiverKinds, {
    error: schemaMessage({ id: "pilih jenis pemberi", en: "choose the kind of giver" }),
  }),
  pemberi: z
    .string(schemaMessage({ id: "nama pemberi wajib diisi", en: "the giver's name is required" }))
    .trim()
    .transform(collapseSpaces)
    .pipe(
      z
        .string()
        .min(1, schemaMessage({ id: "nama pemberi wajib diisi", en: "the giver's name is required" }))
        .max(
          200,
          schemaMessage({
            id: "nama pemberi paling panjang 200 huruf",
            en: "the giver's name is at most 200 characters",
          }),
        ),
    ),
  bentuk: z.enum(aidForms, {
    error: schemaMessage({ id: "pilih bentuk bantuan", en: "choose the form of the aid" }),
  }),
  uraian: z
    .string()
    .trim()
    .max(
      1000,
      schemaMessage({
        id: "uraian paling panjang 1000 huruf",
        en: "the description is at most 1000 characters",
      }),
    )
    .optional(),
  nilai: ZRupiah,
  tanggal: ZAidDate,
});
export type TAidRecordCreate = z.infer<typeof ZAidRecordCreate>;
/** What a form holds before parsing: the value may still be text. */
export type TAidRecordInput = z.input<typeof ZAidRecordCreate>;

/** How many months back the overlap view counts gifts, unless asked otherwise. */
export const AID_OVERLAP_DEFAULT_MONTHS = 12;
/** From this many programmes and gifts together a family counts as one aid piles up on. */
export const AID_PILE_UP_SOURCES = 3;
/** Desil 1–4: the poorest 40 %, the families programmes are meant for. */
export const AID_ELIGIBLE_MAX_DESIL = 4;
/** PMKS category 24 of Permensos 8/2012: Fakir Miskin. */
export const PMKS_FAKIR_MISKIN = 24;
