import type { TMonitoringListItem } from "@kawal/core";
import { Anchor, Badge, Button, Card, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

interface TAgentListProps {
  items: TMonitoringListItem[];
  canManage: boolean;
  onCheck: (idAgen: string) => void;
}

/** The period's agents: the score of a checked one links to its checklist, an unchecked one can be checked. */
export function AgentList({ items, canManage, onCheck }: TAgentListProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder data-testid="monitoring-list">
      <Title order={3} size="h4" mb="sm">
        {t("monitoring6t.listTitle")}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("monitoring6t.noAgents")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("monitoring6t.agent")}</Table.Th>
                <Table.Th>{t("monitoring6t.date")}</Table.Th>
                <Table.Th ta="right">{t("monitoring6t.score")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
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
                        <Badge
                          color={checklist.skor === 6 ? "green" : checklist.skor >= 4 ? "yellow" : "red"}
                        >
                          {checklist.skor}/6
                        </Badge>
                        {checklist.tindakLanjutTerbuka > 0 && (
                          <Text span size="xs" c="orange.8" ml={4}>
                            {t("monitoring6t.openCount", { count: checklist.tindakLanjutTerbuka })}
                          </Text>
                        )}
                      </Anchor>
                    ) : canManage ? (
                      <Button
                        size="compact-xs"
                        onClick={() => onCheck(agen.idAgen)}
                        data-testid="agent-check"
                      >
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
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
