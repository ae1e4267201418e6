import { pkhComponents, ruleNames, type TRuleName, type TRuleVersionView } from "@kawal/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { dateFormatters, uiLocale } from "../ui/date-format.ts";

/** Labels and amounts of the programme pages in the UI language. */
export function useProgramFormat() {
  const { t, i18n } = useTranslation();
  const locale = uiLocale(i18n.language);
  const rupiah = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: "IDR",
    maximumFractionDigits: 0,
  });
  const isRule = (rule: string): rule is TRuleName => (ruleNames as readonly string[]).includes(rule);
  return {
    rupiah: (value: number) => rupiah.format(value),
    date: dateFormatters(i18n.language).date,
    ruleName: (rule: string) => (isRule(rule) ? t(`program.rules.${rule}`) : rule),
    komponen: (code: string) =>
      (pkhComponents as readonly string[]).includes(code)
        ? t(`program.komponen.${code as (typeof pkhComponents)[number]}`)
        : code,
  };
}
export type TProgramFormat = ReturnType<typeof useProgramFormat>;

/** One rule version's value as lines of text (a rule this build does not know shows as JSON). */
export function ruleValueLines(
  version: Pick<TRuleVersionView, "rule" | "value">,
  format: TProgramFormat,
  t: TFunction,
): string[] {
  const v = version.value as Record<string, unknown>;
  const n = (key: string) => Number(v[key] ?? 0);
  switch (version.rule) {
    case "sembako_nominal":
      return [t("program.perMonth", { amount: format.rupiah(n("nominal")) })];
    case "pkh_indeks":
      return pkhComponents.map((c) => `${format.komponen(c)}: ${format.rupiah(n(c))}`);
    case "pkh_batas_komponen":
      return [t("program.maks", { maks: n("maks") })];
    case "tahap": {
      const stages = Array.isArray(v.tahap)
        ? (v.tahap as { ke: number; bulanMulai: number; bulanSelesai: number }[])
        : [];
      return stages.map((s) => t("program.stageRange", { ke: s.ke, from: s.bulanMulai, to: s.bulanSelesai }));
    }
    default:
      return [JSON.stringify(version.value)];
  }
}
