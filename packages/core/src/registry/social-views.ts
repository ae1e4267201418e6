import { z } from "zod";
import { listOf, pageOf } from "../views/collections.ts";
import { ZRegionRef } from "../wilayah/region-ref.ts";
import { socialEntryStatuses, socialRegisters } from "./social.ts";

/** The answers of the PMKS/PSKS register routes. */

export const ZSocialCategory = z.object({
  register: z.enum(socialRegisters),
  kode: z.number().int(),
  nama: z.string(),
  berlakuMulai: z.string(),
  aktif: z.boolean(),
});
export type TSocialCategory = z.output<typeof ZSocialCategory>;

/** The categories as they stand on `on`. */
export const ZSocialCategoryList = z.object({ on: z.string(), items: z.array(ZSocialCategory) });
export type TSocialCategoryList = z.output<typeof ZSocialCategoryList>;

/** A category as entries and summaries name it: its code and, when known, its name. */
const ZCategoryRef = z.object({ kode: z.number().int(), nama: z.string().nullable() });

/** An entry as lists show it: names in full, NIK and No. KK always masked. */
export const ZSocialEntry = z.object({
  id: z.string(),
  register: z.enum(socialRegisters),
  kategori: ZCategoryRef,
  kecamatan: ZRegionRef,
  desa: ZRegionRef.nullable(),
  nama: z.string(),
  nik: z.string().nullable(),
  noKk: z.string().nullable(),
  /** Whether the entry is linked to a member or family of the registry. */
  linked: z.boolean(),
  keterangan: z.string().nullable(),
  status: z.enum(socialEntryStatuses),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
  updatedAt: z.string(),
});
export type TSocialEntry = z.output<typeof ZSocialEntry>;

export const ZSocialEntryPage = pageOf(ZSocialEntry);
export type TSocialEntryPage = z.output<typeof ZSocialEntryPage>;

export const ZSocialSummaryRow = z.object({
  kecamatan: ZRegionRef,
  register: z.enum(socialRegisters),
  kategori: ZCategoryRef,
  aktif: z.number().int(),
  selesai: z.number().int(),
});
export type TSocialSummaryRow = z.output<typeof ZSocialSummaryRow>;

export const ZSocialSummary = listOf(ZSocialSummaryRow);
export type TSocialSummary = z.output<typeof ZSocialSummary>;
