import type { TProgramView } from "@kawal/core";
import { Badge, Button, Card, Collapse, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ruleValueLines, useProgramFormat } from "./program-format.ts";
import { RuleHistory } from "./rule-history.tsx";
import { programRules, RuleVersionForm } from "./rule-version-form.tsx";

/** One programme: its rules in force today, their history on demand, and (for admins) a new version. */
export function ProgramCard({ program, canEdit }: { program: TProgramView; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useProgramFormat();
  const [showHistory, setShowHistory] = useState(false);
  const [adding, setAdding] = useState(false);
  const editable = canEdit && (programRules[program.code]?.length ?? 0) > 0;
  return (
    <Card withBorder data-testid={`program-${program.code}`}>
      <Group justify="space-between" gap="xs" wrap="wrap" mb="xs">
        <Title order={3} size="h4">
          {i18n.language === "en" ? program.namaEn : program.namaId}
        </Title>
        <Group gap={6}>
          <Badge variant="light">{program.code}</Badge>
          <Badge variant="outline" color={program.jenis === "lokal" ? "teal" : "blue"}>
            {program.jenis === "lokal"
              ? t("program.lokal", { kab: program.kabCode ?? "" })
              : t("program.nasional")}
          </Badge>
        </Group>
      </Group>
      {program.rules.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("program.noRules")}
        </Text>
      ) : (
        <Stack gap="xs">
          {program.rules.map((rule) => (
            <div key={rule.rule} data-testid={`rule-in-force-${rule.rule}`}>
              <Text size="sm" fw={600}>
                {format.ruleName(rule.rule)}{" "}
                <Text span size="xs" c="dimmed" fw={400}>
                  {t("program.inForceSince", { date: format.date(rule.berlakuMulai) })}
                </Text>
              </Text>
              {ruleValueLines(rule, format, t).map((line) => (
                <Text key={line} size="sm">
                  {line}
                </Text>
              ))}
            </div>
          ))}
        </Stack>
      )}
      <Group gap="xs" mt="sm">
        <Button
          size="xs"
          variant="subtle"
          onClick={() => setShowHistory((v) => !v)}
          data-testid="rule-history-toggle"
        >
          {showHistory ? t("program.hideHistory") : t("program.history")}
        </Button>
        {editable && !adding && (
          <Button size="xs" variant="light" onClick={() => setAdding(true)} data-testid="rule-add">
            {t("program.addVersion")}
          </Button>
        )}
      </Group>
      <Collapse expanded={showHistory}>{showHistory && <RuleHistory code={program.code} />}</Collapse>
      {adding && (
        <Card withBorder mt="sm" padding="sm">
          <RuleVersionForm program={program} onDone={() => setAdding(false)} />
        </Card>
      )}
    </Card>
  );
}
