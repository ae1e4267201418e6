import { z } from "zod";
import { commonMessages } from "../i18n/common-messages.ts";
import { addFieldIssue } from "../i18n/field-issue.ts";
import { schemaMessage } from "../i18n/schema-message.ts";
import { ZDateFrom1900 } from "../time/date-from-1900.ts";
import { ZDesaCode } from "../wilayah/desa-code.ts";
import { ZWilayahCode } from "../wilayah/wilayah-code.ts";
import { collapseSpaces } from "./anggota-cells.ts";
import { ZNik } from "./nik.ts";
import { ZNoKk } from "./no-kk.ts";

/**
 * The PMKS and PSKS registers a TKSK keeps per kecamatan (docs/domain.md, "Registry"). The categories are
 * reference data (reference/pmks.csv, reference/psks.csv: Permensos 8/2012) kept as dated versions,
 * so a category is looked up as it stood on a date and its history is never rewritten.
 */
export const socialRegisters = ["pmks", "psks"] as const;
export const ZSocialRegisterKind = z.enum(socialRegisters, {
  error: schemaMessage({ id: "register harus pmks atau psks", en: "register must be pmks or psks" }),
});
export type TSocialRegisterKind = z.infer<typeof ZSocialRegisterKind>;

export const socialEntryStatuses = ["aktif", "selesai"] as const;
export type TSocialEntryStatus = (typeof socialEntryStatuses)[number];

/**
 * Where an entry's status may go. A finished entry (the person no longer in the category) may be
 * reopened: people fall back into poverty or neglect, and the history stays in the audit trail.
 */
export const socialEntryTransitions = {
  aktif: ["selesai"],
  selesai: ["aktif"],
} as const satisfies Record<TSocialEntryStatus, readonly TSocialEntryStatus[]>;

export function socialEntryCanMove(from: TSocialEntryStatus, to: TSocialEntryStatus): boolean {
  const allowed: readonly TSocialEntryStatus[] = socialEntryTransitions[from];
  return allowed.includes(to);
}

// Year 0000 passes the ISO pattern but not PostgreSQL; no social register predates 1900.
/** Category numbers as the regulation gives them (1–26, 1–12); room for categories added later. */
const kodeMessage = schemaMessage({
  id: "kode kategori harus bilangan bulat 1–999",
  en: "the category code must be a whole number 1–999",
});
const ZKategoriKode = z.number(kodeMessage).int(kodeMessage).min(1, kodeMessage).max(999, kodeMessage);
/** The same code as a query string carries it. */
const ZKategoriKodeQuery = z.coerce
  .number(kodeMessage)
  .int(kodeMessage)
  .min(1, kodeMessage)
  .max(999, kodeMessage);
const ZName = z
  .string()
  .trim()
  .transform(collapseSpaces)
  .pipe(z.string().min(1, commonMessages.nameRequired).max(200));
const ZKeterangan = z.string().trim().max(1000);

const ZKecamatanCode = ZWilayahCode.refine((code) => code.split(".").length === 3, {
  message: schemaMessage({
    id: "harus kode kecamatan (contoh 35.17.14)",
    en: "must be a kecamatan code (e.g. 35.17.14)",
  }),
});

/** A new dated version of a category; earlier versions stay as they were. */
export const ZSocialCategoryCreate = z.strictObject({
  register: ZSocialRegisterKind,
  kode: ZKategoriKode,
  berlakuMulai: ZDateFrom1900,
  nama: ZName,
  /** false withdraws the category from that date: nothing new can be registered in it. */
  aktif: z.boolean(),
});
export type TSocialCategoryCreate = z.infer<typeof ZSocialCategoryCreate>;

export const ZSocialCategoryQuery = z.strictObject({
  register: ZSocialRegisterKind.optional(),
  /** The date the categories are looked up on; today when absent. */
  on: ZDateFrom1900.optional(),
});
export type TSocialCategoryQuery = z.infer<typeof ZSocialCategoryQuery>;

/**
 * A person, family or organisation entered in a register. A NIK or No. KK links the entry to the
 * registry (the name then defaults from it); without one, the name is required (a Karang Taruna has
 * no NIK).
 */
export const ZSocialEntryCreate = z
  .strictObject({
    register: ZSocialRegisterKind,
    kategoriKode: ZKategoriKode,
    kecamatanCode: ZKecamatanCode,
    desaCode: ZDesaCode.optional(),
    nama: ZName.optional(),
    nik: ZNik.optional(),
    noKk: ZNoKk.optional(),
    keterangan: ZKeterangan.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.desaCode && !entry.desaCode.startsWith(`${entry.kecamatanCode}.`)) {
      addFieldIssue(ctx, "desaCode", {
        id: "desa harus berada di kecamatan ini",
        en: "the desa must lie in this kecamatan",
      });
    }
    if (entry.nama === undefined && entry.nik === undefined && entry.noKk === undefined) {
      addFieldIssue(ctx, "nama", {
        id: "isi nama, atau NIK atau No. KK yang terdaftar",
        en: "give a name, or a registered NIK or No. KK",
      });
    }
  });
export type TSocialEntryCreate = z.infer<typeof ZSocialEntryCreate>;

/** What may change on an entry; its register, place and link stay (a new entry is made instead). */
export const ZSocialEntryUpdate = z
  .strictObject({
    kategoriKode: ZKategoriKode.optional(),
    status: z.enum(socialEntryStatuses).optional(),
    /** null clears it. */
    keterangan: ZKeterangan.nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, {
    message: schemaMessage({ id: "tidak ada yang diubah", en: "nothing to change" }),
  });
export type TSocialEntryUpdate = z.infer<typeof ZSocialEntryUpdate>;

export const ZSocialRegisterQuery = z.strictObject({
  register: ZSocialRegisterKind.optional(),
  kecamatan: ZKecamatanCode.optional(),
  kategori: ZKategoriKodeQuery.optional(),
  status: z.enum(socialEntryStatuses).optional(),
  /** The id of the last entry of the previous page. */
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TSocialRegisterQuery = z.infer<typeof ZSocialRegisterQuery>;

export const ZSocialSummaryQuery = z.strictObject({
  register: ZSocialRegisterKind.optional(),
  kecamatan: ZKecamatanCode.optional(),
});
export type TSocialSummaryQuery = z.infer<typeof ZSocialSummaryQuery>;
