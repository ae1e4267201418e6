import { z } from "zod";
import { schemaMessage } from "../i18n/schema-message.ts";
import { pageOf } from "../views/collections.ts";
import { ZDesaCode } from "../wilayah/desa-code.ts";
import { ZRegionRef } from "../wilayah/region-ref.ts";
import { AID_OVERLAP_DEFAULT_MONTHS, aidForms, aidGiverKinds } from "./aid-record.ts";

const bulanMessage = schemaMessage({
  id: "bulan harus bilangan bulat 1–60",
  en: "bulan must be a whole number 1–60",
});
const ZBulan = z.coerce
  .number(bulanMessage)
  .int(bulanMessage)
  .min(1, bulanMessage)
  .max(60, bulanMessage)
  .default(AID_OVERLAP_DEFAULT_MONTHS);

/** The ledger of the caller's scope, newest first, optionally one desa. */
export const ZAidLedgerQuery = z.strictObject({
  desa: ZDesaCode.optional(),
  /** The id of the last gift of the previous page. */
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TAidLedgerQuery = z.infer<typeof ZAidLedgerQuery>;

/** The overlap view of one desa: gifts of the last `bulan` months count. */
export const ZAidOverlapQuery = z.strictObject({
  desa: ZDesaCode,
  bulan: ZBulan,
});
export type TAidOverlapQuery = z.infer<typeof ZAidOverlapQuery>;

export const ZAidOverlapSummaryQuery = z.strictObject({ bulan: ZBulan });
export type TAidOverlapSummaryQuery = z.infer<typeof ZAidOverlapSummaryQuery>;

export const ZAidOverlapExportQuery = z.strictObject({
  desa: ZDesaCode,
  bulan: ZBulan,
  format: z.enum(["csv", "xlsx"], {
    error: schemaMessage({ id: "format harus csv atau xlsx", en: "format must be csv or xlsx" }),
  }),
});
export type TAidOverlapExportQuery = z.infer<typeof ZAidOverlapExportQuery>;

/** One gift as the API answers it. */
export const ZAidView = z.object({
  id: z.string(),
  familyId: z.string(),
  /** Masked in lists (`3517••••••••0001`). */
  noKk: z.string(),
  kepala: z.string().nullable(),
  desa: ZRegionRef,
  jenisPemberi: z.enum(aidGiverKinds),
  pemberi: z.string(),
  bentuk: z.enum(aidForms),
  uraian: z.string().nullable(),
  nilai: z.number(),
  tanggal: z.string(),
  recordedAt: z.string(),
});
export type TAidView = z.output<typeof ZAidView>;

/** A page of the ledger, newest gift first; `nextCursor` is the id of its last gift. */
export const ZAidPage = pageOf(ZAidView);
export type TAidPage = z.output<typeof ZAidPage>;

/** A family's gifts and how many programmes it is in now. */
export const ZFamilyAid = z.object({
  items: z.array(ZAidView),
  /** Open enrolments (aktif or ditangguhkan) and their programme codes. */
  programs: z.array(z.string()),
  total: z.number(),
});
export type TFamilyAid = z.output<typeof ZFamilyAid>;

/** A family in the overlap view. */
export const ZAidOverlapFamily = z.object({
  familyId: z.string(),
  noKk: z.string(),
  kepala: z.string().nullable(),
  desil: z.number().nullable(),
  fakirMiskin: z.boolean(),
  programs: z.array(z.string()),
  gifts: z.number(),
  giftTotal: z.number(),
  /** Programmes and gifts together. */
  sources: z.number(),
});
export type TAidOverlapFamily = z.output<typeof ZAidOverlapFamily>;

export const ZAidOverlap = z.object({
  desa: ZRegionRef,
  bulan: z.number(),
  since: z.string(),
  /** Families with two or more programmes and gifts, most first. */
  piled: z.array(ZAidOverlapFamily),
  /** Eligible families (desil 1–4 or PMKS Fakir Miskin) with no programme and no gift. */
  without: z.array(ZAidOverlapFamily),
});
export type TAidOverlap = z.output<typeof ZAidOverlap>;

export const ZAidOverlapSummaryRow = z.object({
  desa: ZRegionRef,
  families: z.number(),
  eligibleWithout: z.number(),
  /** Families with at least `AID_PILE_UP_SOURCES` programmes and gifts together. */
  piled: z.number(),
});
export type TAidOverlapSummaryRow = z.output<typeof ZAidOverlapSummaryRow>;

/** Per desa of the caller's scope, over the gifts since `since` (the last `bulan` months). */
export const ZAidOverlapSummary = z.object({
  bulan: z.number(),
  since: z.string(),
  items: z.array(ZAidOverlapSummaryRow),
});
export type TAidOverlapSummary = z.output<typeof ZAidOverlapSummary>;
