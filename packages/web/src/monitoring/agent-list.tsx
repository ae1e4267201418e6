import type { TMonitoringListItem } from "@kawal/core";
import { Anchor, Badge, Button, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { numberColumn } from "../ui/scroll-table.tsx";
import { TableCard } from "../ui/table-card.tsx";

interface TAgentListProps {
  items: TMonitoringListItem[];
  canManage: boolean;
  onCheck: (idAgen: string) => void;
}

/** The period's agents: the score of a checked one links to its checklist, an unchecked one can be checked. */
export function AgentList({ items, canManage, onCheck }: TAgentListProps) {
  const { t } = useTranslation();
  return (
    <TableCard
      testId="monitoring-list"
      title={t("monitoring6t.listTitle")}
      isEmpty={items.length === 0}
      emptyText={t("monitoring6t.noAgents")}
      minWidth={320}
      columns={[
        { label: t("monitoring6t.agent") },
        { label: t("monitoring6t.date") },
        numberColumn(t("monitoring6t.score")),
      ]}
    >
      {items.map(({ agen, checklist }) => (
        <Table.Tr key={agen.idAgen} data-testid={`monitoring-agent-${agen.idAgen}`}>
          <Table.Td>
            <Stack gap={0}>
              <Text size="sm">{agen.nama}</Text>
              <Text size="xs" c="dimmed">
                {agen.desa.name} · {agen.idAgen}
              </Text>
            </Stack>
          </Table.Td>
          <Table.Td>{checklist?.tanggal ?? "–"}</Table.Td>
          <Table.Td ta="right">
            {checklist ? (
              <Anchor component={Link} to={`/monitoring/${checklist.id}`} data-testid="agent-score">
                <Badge color={checklist.skor === 6 ? "green" : checklist.skor >= 4 ? "yellow" : "red"}>
                  {checklist.skor}/6
                </Badge>
                {checklist.tindakLanjutTerbuka > 0 && (
                  <Text span size="xs" c="orange.8" ml={4}>
                    {t("monitoring6t.openCount", { count: checklist.tindakLanjutTerbuka })}
                  </Text>
                )}
              </Anchor>
            ) : canManage ? (
              <Button size="compact-xs" onClick={() => onCheck(agen.idAgen)} data-testid="agent-check">
                {t("monitoring6t.check")}
              </Button>
            ) : (
              <Text size="xs" c="dimmed">
                {t("monitoring6t.notChecked")}
              </Text>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </TableCard>
  );
}
