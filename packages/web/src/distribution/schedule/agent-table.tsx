import type { TScheduleAgent } from "@kawal/core";
import { Badge, Button, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { numberColumn } from "../../ui/scroll-table.tsx";
import { TableCard } from "../../ui/table-card.tsx";

/**
 * The agents of the TKSK's area for the period: families listed in each agent's desa, how many already
 * have a day, and a button to build a day while some are left.
 */
export function AgentTable({
  agents,
  onBuild,
}: {
  agents: TScheduleAgent[];
  onBuild: (agent: TScheduleAgent) => void;
}) {
  const { t } = useTranslation();
  return (
    <TableCard
      testId="schedule-agents"
      title={t("jadwal.agentsTitle")}
      titleSize="h5"
      isEmpty={agents.length === 0}
      emptyText={t("jadwal.agentsEmpty")}
      minWidth={520}
      columns={[
        { label: t("jadwal.agen") },
        { label: t("jadwal.desa") },
        numberColumn(t("jadwal.listed")),
        numberColumn(t("jadwal.scheduled")),
        numberColumn(t("jadwal.days")),
        {},
      ]}
    >
      {agents.map((agent) => {
        const left = agent.listed - agent.scheduled;
        return (
          <Table.Tr key={agent.idAgen} data-testid={`schedule-agent-${agent.idAgen}`}>
            <Table.Td>
              <Text size="sm">{agent.nama}</Text>
              <Text size="xs" c="dimmed">
                {agent.idAgen} · {agent.bank}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{agent.desa.name}</Text>
            </Table.Td>
            <Table.Td ta="right" data-testid="schedule-agent-listed">
              {agent.listed}
            </Table.Td>
            <Table.Td ta="right" data-testid="schedule-agent-scheduled">
              {agent.scheduled}
            </Table.Td>
            <Table.Td ta="right">{agent.days}</Table.Td>
            <Table.Td>
              {left > 0 ? (
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => onBuild(agent)}
                  data-testid="schedule-build"
                >
                  {t("jadwal.build")}
                </Button>
              ) : agent.listed > 0 ? (
                <Badge color="green" variant="light">
                  {t("jadwal.allScheduled")}
                </Badge>
              ) : null}
            </Table.Td>
          </Table.Tr>
        );
      })}
    </TableCard>
  );
}
