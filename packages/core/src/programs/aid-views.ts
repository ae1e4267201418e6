import { z } from "zod";
import { commonMessages } from "../i18n/common-messages.ts";
import { schemaMessage } from "../i18n/schema-message.ts";
import { ZWilayahCode } from "../wilayah/wilayah-code.ts";
import { AID_OVERLAP_DEFAULT_MONTHS, type TAidForm, type TAidGiverKind } from "./aid-record.ts";

const ZDesaCode = ZWilayahCode.refine((code) => code.split(".").length === 4, {
  message: commonMessages.desaCode,
});
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
export interface TAidView {
  id: string;
  familyId: string;
  /** Masked in lists (`3517••••••••0001`). */
  noKk: string;
  kepala: string | null;
  desa: { code: string; name: string };
  jenisPemberi: TAidGiverKind;
  pemberi: string;
  bentuk: TAidForm;
  uraian: string | null;
  nilai: number;
  tanggal: string;
  recordedAt: string;
}

/** A family's gifts and how many programmes it is in now. */
export interface TFamilyAid {
  items: TAidView[];
  /** Open enrolments (aktif or ditangguhkan) and their programme codes. */
  programs: string[];
  total: number;
}

/** A family in the overlap view. */
export interface TAidOverlapFamily {
  familyId: string;
  noKk: string;
  kepala: string | null;
  desil: number | null;
  fakirMiskin: boolean;
  programs: string[];
  gifts: number;
  giftTotal: number;
  /** Programmes and gifts together. */
  sources: number;
}

export interface TAidOverlap {
  desa: { code: string; name: string };
  bulan: number;
  since: string;
  /** Families with two or more programmes and gifts, most first. */
  piled: TAidOverlapFamily[];
  /** Eligible families (desil 1–4 or PMKS Fakir Miskin) with no programme and no gift. */
  without: TAidOverlapFamily[];
}

export interface TAidOverlapSummaryRow {
  desa: { code: string; name: string };
  families: number;
  eligibleWithout: number;
  /** Families with at least `AID_PILE_UP_SOURCES` programmes and gifts together. */
  piled: number;
}
