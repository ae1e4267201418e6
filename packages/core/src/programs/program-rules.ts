import { z } from "zod";
import { commonMessages } from "../i18n/common-messages.ts";
import { schemaMessage } from "../i18n/schema-message.ts";

/**
 * A programme's rules are dated data (docs/domain.md, Programmes): each rule has versions, each in force
 * from its `berlakuMulai` until the next version of the same rule. The values' shapes are below, one
 * schema per rule; an administrator's new version is checked against the same schema.
 */

const rupiahMessage = schemaMessage({ id: "harus rupiah bulat ≥ 0", en: "must be whole rupiah ≥ 0" });
const ZRupiah = z
  .number(rupiahMessage)
  .int(rupiahMessage)
  .min(0, rupiahMessage)
  .max(1_000_000_000_000, rupiahMessage);

/** Sembako: rupiah per KPM per month (Rp110,000 → 150,000 → 200,000 over the years). */
export const ZSembakoNominal = z.strictObject({ nominal: ZRupiah });

/**
 * PKH yearly rupiah per component. Component codes and 2021 values: reference/pkh-index-2021.csv
 * (PKH implementation guideline 2021).
 */
export const pkhComponents = [
  "hamil",
  "anak_usia_dini",
  "sd",
  "smp",
  "sma",
  "disabilitas_berat",
  "lansia",
] as const;
export type TPkhComponent = (typeof pkhComponents)[number];
export const ZPkhIndeks = z.strictObject({
  hamil: ZRupiah,
  anak_usia_dini: ZRupiah,
  sd: ZRupiah,
  smp: ZRupiah,
  sma: ZRupiah,
  disabilitas_berat: ZRupiah,
  lansia: ZRupiah,
});
export type TPkhIndeks = z.infer<typeof ZPkhIndeks>;

const maksMessage = schemaMessage({
  id: "batas komponen harus bilangan bulat 1–20",
  en: "the cap must be a whole number 1–20",
});
/** At most `maks` components per family (4 in reference/pkh-index-2021.csv). */
export const ZPkhBatasKomponen = z.strictObject({
  maks: z.number(maksMessage).int(maksMessage).min(1, maksMessage).max(20, maksMessage),
});

const monthMessage = schemaMessage({ id: "bulan harus 1–12", en: "a month must be 1–12" });
const ZMonth = z.number(monthMessage).int(monthMessage).min(1, monthMessage).max(12, monthMessage);
/** The stage calendar: stage `ke` covers months `bulanMulai`..`bulanSelesai` of each year. */
export const ZTahap = z
  .strictObject({
    tahap: z
      .array(
        z
          .strictObject({ ke: z.number().int().min(1).max(12), bulanMulai: ZMonth, bulanSelesai: ZMonth })
          .refine((t) => t.bulanMulai <= t.bulanSelesai, {
            message: schemaMessage({
              id: "bulan mulai harus ≤ bulan selesai",
              en: "the first month must not follow the last",
            }),
            path: ["bulanSelesai"],
          }),
      )
      .min(1, schemaMessage({ id: "paling sedikit satu tahap", en: "at least one stage" }))
      .max(12),
  })
  .refine((v) => v.tahap.every((t, i) => t.ke === i + 1), {
    message: schemaMessage({
      id: "tahap harus bernomor 1, 2, 3 … berurutan",
      en: "stages must be numbered 1, 2, 3 … in order",
    }),
    path: ["tahap"],
  })
  .refine((v) => v.tahap.every((t, i) => i === 0 || t.bulanMulai > (v.tahap[i - 1]?.bulanSelesai ?? 0)), {
    message: schemaMessage({ id: "tahap tidak boleh tumpang tindih", en: "stages must not overlap" }),
    path: ["tahap"],
  });
export type TTahapCalendar = z.infer<typeof ZTahap>;

/** Each known rule and the schema its value must pass. */
export const ruleSchemas = {
  sembako_nominal: ZSembakoNominal,
  pkh_indeks: ZPkhIndeks,
  pkh_batas_komponen: ZPkhBatasKomponen,
  tahap: ZTahap,
} as const;
export type TRuleName = keyof typeof ruleSchemas;
export const ruleNames = Object.keys(ruleSchemas) as TRuleName[];
export const ZRuleName = z.enum(ruleNames as [TRuleName, ...TRuleName[]], {
  error: schemaMessage({
    id: `aturan harus salah satu dari: ${ruleNames.join(", ")}`,
    en: `the rule must be one of: ${ruleNames.join(", ")}`,
  }),
});

/** One dated version of a rule. */
export interface TRuleVersion<V = unknown> {
  berlakuMulai: string;
  value: V;
}

/**
 * The version in force on `date` (`YYYY-MM-DD`): the one with the latest `berlakuMulai` on or before
 * it. Undefined before the first version. ISO dates compare as strings.
 */
export function ruleInForce<T extends { berlakuMulai: string }>(
  versions: readonly T[],
  date: string,
): T | undefined {
  let best: T | undefined;
  for (const v of versions) {
    if (v.berlakuMulai <= date && (best === undefined || v.berlakuMulai > best.berlakuMulai)) best = v;
  }
  return best;
}

const ZDate = z.iso
  .date(commonMessages.dateFormat)
  .refine(
    (d) => d >= "2000-01-01" && d <= "2100-12-31",
    schemaMessage({ id: "tahun harus 2000–2100", en: "the year must be 2000–2100" }),
  );

/** A new version of one rule from a date; the value is checked by the rule's own schema. */
export const ZProgramRuleCreate = z.strictObject({
  rule: ZRuleName,
  berlakuMulai: ZDate,
  value: z.record(z.string(), z.unknown()),
  note: z.string().trim().max(500).optional(),
});
export type TProgramRuleCreate = z.infer<typeof ZProgramRuleCreate>;

const ZNama = z.string().trim().min(1, commonMessages.nameRequired).max(200);
/** A local (APBD) programme of one kabupaten. */
export const ZProgramCreate = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(
      /^[A-Z][A-Z0-9_]{1,29}$/,
      schemaMessage({
        id: "kode: huruf besar, angka, garis bawah, 2–30 karakter",
        en: "code: capitals, digits, underscore, 2–30 characters",
      }),
    ),
  namaId: ZNama,
  namaEn: ZNama,
  kabCode: z.string().regex(
    /^\d{2}\.\d{2}$/,
    schemaMessage({
      id: "harus kode kabupaten (contoh 35.17)",
      en: "must be a kabupaten code (e.g. 35.17)",
    }),
  ),
});
export type TProgramCreate = z.infer<typeof ZProgramCreate>;

const yearMessage = schemaMessage({ id: "tahun harus 2000–2100", en: "the year must be 2000–2100" });
const stageMessage = schemaMessage({ id: "tahap harus 1–12", en: "the stage must be 1–12" });
const ZYear = z.coerce.number(yearMessage).int(yearMessage).min(2000, yearMessage).max(2100, yearMessage);
const ZStage = z.coerce.number(stageMessage).int(stageMessage).min(1, stageMessage).max(12, stageMessage);

/** Which stage: a year and a stage number of that year's calendar. */
export const ZStageRef = z.strictObject({ tahun: ZYear, tahap: ZStage });
export type TStageRef = z.infer<typeof ZStageRef>;
export const ZStageQuery = z.strictObject({ tahun: ZYear.optional(), tahap: ZStage.optional() });

/** The stage of `calendar` that contains `date`, or the first one. */
export function stageOf(calendar: TTahapCalendar, date: string): TStageRef {
  const month = Number(date.slice(5, 7));
  const found = calendar.tahap.find((t) => t.bulanMulai <= month && month <= t.bulanSelesai);
  return { tahun: Number(date.slice(0, 4)), tahap: found?.ke ?? 1 };
}

/** The first day of a stage, the date its members are counted on; undefined when there is no such stage. */
export function stageFirstDay(calendar: TTahapCalendar, ref: TStageRef): string | undefined {
  const stage = calendar.tahap.find((t) => t.ke === ref.tahap);
  if (!stage) return undefined;
  return `${String(ref.tahun).padStart(4, "0")}-${String(stage.bulanMulai).padStart(2, "0")}-01`;
}
