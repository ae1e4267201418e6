import {
  pkhComponents,
  ruleSchemas,
  type TProgramView,
  type TRuleName,
  ZProgramRuleCreate,
} from "@kawal/core";
import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { type Path, useFieldArray, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useAddRuleVersion } from "../api/program-api.ts";
import { useSchemaText } from "../i18n/use-schema-text.ts";
import { fieldBinder } from "../ui/field-binding.ts";
import { FormFrame } from "../ui/form-frame.tsx";
import { notifySuccess } from "../ui/notify-problem.ts";
import { useSubmission } from "../ui/use-submission.ts";
import { useProgramFormat } from "./program-format.ts";

type TStageRow = { bulanMulai: string; bulanSelesai: string };
interface TRuleForm {
  rule: TRuleName;
  berlakuMulai: string;
  note: string;
  value: Record<(typeof pkhComponents)[number] | "nominal" | "maks", string> & { tahap: TStageRow[] };
}

/** The rules each programme has; other programmes record enrolment only. */
export const programRules: Partial<Record<string, TRuleName[]>> = {
  PKH: ["pkh_indeks", "pkh_batas_komponen", "tahap"],
  SEMBAKO: ["sembako_nominal"],
};

/** An empty input is no number at all (not zero), so the schema names it. */
const num = (text: string) => (text.trim() === "" ? Number.NaN : Number(text.replace(/[.\s]/g, "")));

function ruleValueOf(form: TRuleForm): Record<string, unknown> {
  const v = form.value;
  switch (form.rule) {
    case "sembako_nominal":
      return { nominal: num(v.nominal) };
    case "pkh_batas_komponen":
      return { maks: num(v.maks) };
    case "tahap":
      return {
        tahap: v.tahap.map((s, i) => ({
          ke: i + 1,
          bulanMulai: num(s.bulanMulai),
          bulanSelesai: num(s.bulanSelesai),
        })),
      };
    case "pkh_indeks":
      return Object.fromEntries(pkhComponents.map((c) => [c, num(v[c])]));
  }
}

function defaults(program: TProgramView, rule: TRuleName): TRuleForm {
  const current = (r: string) =>
    program.rules.find((x) => x.rule === r)?.value as Record<string, unknown> | undefined;
  const text = (r: string, key: string) => {
    const found = current(r)?.[key];
    return typeof found === "number" ? String(found) : "";
  };
  const stages = current("tahap")?.tahap;
  return {
    rule,
    berlakuMulai: "",
    note: "",
    value: {
      nominal: text("sembako_nominal", "nominal"),
      maks: text("pkh_batas_komponen", "maks"),
      ...(Object.fromEntries(pkhComponents.map((c) => [c, text("pkh_indeks", c)])) as Record<
        (typeof pkhComponents)[number],
        string
      >),
      tahap: Array.isArray(stages)
        ? (stages as { bulanMulai: number; bulanSelesai: number }[]).map((s) => ({
            bulanMulai: String(s.bulanMulai),
            bulanSelesai: String(s.bulanSelesai),
          }))
        : [{ bulanMulai: "1", bulanSelesai: "12" }],
    },
  };
}

/**
 * Adds a version of one of a programme's rules from a date. The values are checked with the same core
 * schema the server uses, and the server's own field errors land beside the same inputs.
 */
export function RuleVersionForm({ program, onDone }: { program: TProgramView; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useProgramFormat();
  const rules = programRules[program.code] ?? [];
  const add = useAddRuleVersion(program.code);
  const form = useForm<TRuleForm>({ defaultValues: defaults(program, rules[0] ?? "pkh_indeks") });
  const stages = useFieldArray({ control: form.control, name: "value.tahap" });
  const rule = form.watch("rule");
  const errors = form.formState.errors;
  const bind = fieldBinder(form);
  const pick = useSchemaText();
  const fieldNames = (): Path<TRuleForm>[] => [
    ...stages.fields.flatMap(
      (_, i) => [`value.tahap.${i}.bulanMulai`, `value.tahap.${i}.bulanSelesai`] as Path<TRuleForm>[],
    ),
    "value.tahap",
    "value.nominal",
    "value.maks",
    ...pkhComponents.map((c) => `value.${c}` as Path<TRuleForm>),
    "berlakuMulai",
    "rule",
    "note",
  ];
  const submission = useSubmission(form, add, fieldNames());

  const onSubmit = (values: TRuleForm) => {
    const body = {
      rule: values.rule,
      berlakuMulai: values.berlakuMulai,
      value: ruleValueOf(values),
      ...(values.note.trim() ? { note: values.note.trim() } : {}),
    };
    const issues = [
      ...(ZProgramRuleCreate.safeParse(body).error?.issues ?? []).filter((i) => i.path[0] !== "value"),
      ...(ruleSchemas[values.rule].safeParse(body.value).error?.issues ?? []).map((i) => ({
        ...i,
        path: ["value", ...i.path],
      })),
    ];
    if (issues.length > 0) {
      const named = new Set<string>();
      // The first reason per field: a malformed date is not also "outside 2000–2100".
      for (const issue of issues) {
        const field = issue.path.map(String).join(".");
        const target =
          fieldNames().find((name) => field === name) ?? fieldNames().find((n) => field.startsWith(`${n}.`));
        if (!target || named.has(target)) continue;
        named.add(target);
        form.setError(target, { type: "schema", message: pick(issue.message) });
      }
      return;
    }
    add.mutate(body, {
      onSuccess: (saved) => {
        notifySuccess(
          t("program.saved", { rule: format.ruleName(saved.rule), date: format.date(saved.berlakuMulai) }),
        );
        onDone();
      },
      onError: submission.refuse,
    });
  };

  const input = (name: Path<TRuleForm>, label: string) => {
    const parts = name.split(".");
    let error: unknown = errors;
    for (const p of parts) error = (error as Record<string, unknown> | undefined)?.[p];
    return (
      <TextInput
        key={name}
        label={label}
        inputMode="numeric"
        error={(error as { message?: string } | undefined)?.message}
        data-testid={`rule-${name}`}
        {...form.register(name)}
      />
    );
  };

  return (
    <FormFrame
      testId={`rule-form-${program.code}`}
      onSubmit={form.handleSubmit(onSubmit)}
      submission={submission}
      actions={{ label: t("program.save"), testId: "rule-submit", onCancel: onDone }}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <NativeSelect
          label={t("program.rule")}
          data={rules.map((r) => ({ value: r, label: format.ruleName(r) }))}
          {...bind("rule", "rule-rule")}
        />
        <TextInput
          type="date"
          label={t("program.berlakuMulai")}
          {...bind("berlakuMulai", "rule-berlakuMulai")}
        />
      </SimpleGrid>
      {rule === "sembako_nominal" && input("value.nominal", t("program.rules.sembako_nominal"))}
      {rule === "pkh_batas_komponen" && input("value.maks", t("program.rules.pkh_batas_komponen"))}
      {rule === "pkh_indeks" && (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {pkhComponents.map((c) =>
            input(`value.${c}` as Path<TRuleForm>, `${format.komponen(c)} (${t("program.perYear")})`),
          )}
        </SimpleGrid>
      )}
      {rule === "tahap" && (
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {t("program.stages")}
          </Text>
          {errors.value?.tahap?.message && (
            <Text size="sm" c="red" role="alert">
              {errors.value.tahap.message}
            </Text>
          )}
          {stages.fields.map((field, i) => (
            <Group key={field.id} gap="xs" wrap="nowrap" align="flex-start">
              <Text size="sm" pt={30} w={20}>
                {i + 1}
              </Text>
              {input(`value.tahap.${i}.bulanMulai` as Path<TRuleForm>, t("program.bulanMulai"))}
              {input(`value.tahap.${i}.bulanSelesai` as Path<TRuleForm>, t("program.bulanSelesai"))}
            </Group>
          ))}
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              disabled={stages.fields.length >= 12}
              onClick={() => stages.append({ bulanMulai: "", bulanSelesai: "" })}
            >
              {t("program.addStage")}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              disabled={stages.fields.length <= 1}
              onClick={() => stages.remove(stages.fields.length - 1)}
            >
              {t("program.removeStage")}
            </Button>
          </Group>
        </Stack>
      )}
      <TextInput
        label={t("program.note")}
        maxLength={500}
        data-testid="rule-note"
        {...form.register("note")}
      />
    </FormFrame>
  );
}
