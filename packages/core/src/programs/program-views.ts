import { z } from "zod";
import { ZRegionRef } from "../wilayah/region-ref.ts";
import { pkhComponents } from "./program-rules.ts";

/** What the programme and entitlement endpoints answer; the web app reads the same types. */

export const ZRuleVersionView = z.object({
  programCode: z.string(),
  rule: z.string(),
  berlakuMulai: z.string(),
  value: z.record(z.string(), z.unknown()),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type TRuleVersionView = z.infer<typeof ZRuleVersionView>;

export const ZProgramView = z.object({
  code: z.string(),
  namaId: z.string(),
  namaEn: z.string(),
  jenis: z.enum(["nasional", "lokal"]),
  kabCode: z.string().nullable(),
  aktif: z.boolean(),
  /** Each rule's version in force on `on`. */
  rules: z.array(ZRuleVersionView),
});
export type TProgramView = z.infer<typeof ZProgramView>;

export const ZProgramList = z.object({ on: z.string(), items: z.array(ZProgramView) });
export type TProgramList = z.infer<typeof ZProgramList>;

export const ZRuleHistory = z.object({ programCode: z.string(), items: z.array(ZRuleVersionView) });
export type TRuleHistory = z.infer<typeof ZRuleHistory>;

export const ZEntitlementLine = z.object({
  /** Masked: the explanation is shown beside the name, not the number. */
  nik: z.string(),
  nama: z.string(),
  komponen: z.enum(pkhComponents),
  nilai: z.number().int(),
  dihitung: z.boolean(),
  alasan: z.enum(["satu_per_anggota", "melebihi_batas"]).nullable(),
});
export type TEntitlementLine = z.infer<typeof ZEntitlementLine>;

/** A family's PKH entitlement for one stage, computed live from the registry as it was on `tanggal`. */
export const ZFamilyEntitlement = z.object({
  tahun: z.number().int(),
  tahap: z.number().int(),
  /** How many stages the calendar has, and the date members were counted on (the stage's first day). */
  jumlahTahap: z.number().int(),
  tanggal: z.string(),
  maks: z.number().int(),
  components: z.array(ZEntitlementLine),
  yearlyTotal: z.number().int(),
  nominal: z.number().int(),
  /** Whether the family has an active PKH enrolment now. */
  pkhAktif: z.boolean(),
  /** The figure stored by the last stage computation, when there was one. */
  tersimpan: z.object({ nominal: z.number().int(), computedAt: z.string() }).nullable(),
});
export type TFamilyEntitlement = z.infer<typeof ZFamilyEntitlement>;

export const ZStageComputeResult = z.object({
  tahun: z.number().int(),
  tahap: z.number().int(),
  tanggal: z.string(),
  families: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  removed: z.number().int(),
  totalNominal: z.number().int(),
});
export type TStageComputeResult = z.infer<typeof ZStageComputeResult>;

export const ZStageTotals = z.object({
  tahun: z.number().int(),
  tahap: z.number().int(),
  items: z.array(
    z.object({
      desa: ZRegionRef,
      families: z.number().int(),
      totalNominal: z.number().int(),
    }),
  ),
  families: z.number().int(),
  totalNominal: z.number().int(),
});
export type TStageTotals = z.infer<typeof ZStageTotals>;
