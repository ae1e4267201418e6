import { Loader, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useRuleHistory } from "../api/program-api.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { ScrollTable } from "../ui/scroll-table.tsx";
import { ruleValueLines, useProgramFormat } from "./program-format.ts";

/** Every version of a programme's rules, oldest first: what applied on any past date. */
export function RuleHistory({ code }: { code: string }) {
  const { t } = useTranslation();
  const format = useProgramFormat();
  const history = useRuleHistory(code, true);
  if (history.isPending) return <Loader size="sm" />;
  if (history.error) return <ProblemAlert error={history.error} />;
  if (history.data.items.length === 0) return <Text size="sm">{t("program.historyEmpty")}</Text>;
  return (
    <ScrollTable
      minWidth={320}
      verticalSpacing={4}
      data-testid={`rule-history-${code}`}
      columns={[
        { label: t("program.rule") },
        { label: t("program.berlakuMulai") },
        { label: t("program.value") },
      ]}
    >
      {history.data.items.map((v) => (
        <Table.Tr key={`${v.rule}:${v.berlakuMulai}`}>
          <Table.Td>{format.ruleName(v.rule)}</Table.Td>
          <Table.Td style={{ whiteSpace: "nowrap" }}>{format.date(v.berlakuMulai)}</Table.Td>
          <Table.Td>
            <Stack gap={0}>
              {ruleValueLines(v, format, t).map((line) => (
                <Text key={line} size="sm">
                  {line}
                </Text>
              ))}
              {v.note && (
                <Text size="xs" c="dimmed">
                  {v.note}
                </Text>
              )}
            </Stack>
          </Table.Td>
        </Table.Tr>
      ))}
    </ScrollTable>
  );
}
