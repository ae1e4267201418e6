import type { TScheduleAgent } from "@kawal/core";
import { Badge, Button, Card, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

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
    <Card withBorder data-testid="schedule-agents">
      <Title order={3} size="h5" mb="sm">
        {t("jadwal.agentsTitle")}
      </Title>
      {agents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("jadwal.agentsEmpty")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("jadwal.agen")}</Table.Th>
                <Table.Th>{t("jadwal.desa")}</Table.Th>
                <Table.Th ta="right">{t("jadwal.listed")}</Table.Th>
                <Table.Th ta="right">{t("jadwal.scheduled")}</Table.Th>
                <Table.Th ta="right">{t("jadwal.days")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
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
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
