import { Loader, Table, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAgents } from "../../api/distribution-api.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { ScrollTable } from "../../ui/scroll-table.tsx";
import { SectionCard } from "../../ui/section-card.tsx";

/** The e-Warong and bank agents of the area, with their desa and the login linked to each. */
export function AgentsTable() {
  const { t } = useTranslation();
  const agents = useAgents();
  const [q, setQ] = useState("");
  const needle = q.trim().toLowerCase();
  const items = (agents.data?.items ?? []).filter(
    (a) => !needle || a.nama.toLowerCase().includes(needle) || a.idAgen.toLowerCase().includes(needle),
  );
  return (
    <SectionCard testId="agents-table" title={t("penyaluran.agen.title")}>
      {agents.isError ? (
        <ProblemAlert error={agents.error} />
      ) : agents.isPending ? (
        <Loader size="sm" />
      ) : (agents.data?.items.length ?? 0) === 0 ? (
        <Text size="sm" c="dimmed">
          {t("penyaluran.agen.empty")}
        </Text>
      ) : (
        <>
          <TextInput
            mb="sm"
            aria-label={t("penyaluran.agen.search")}
            placeholder={t("penyaluran.agen.search")}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            data-testid="agents-search"
          />
          <ScrollTable
            minWidth={520}
            striped
            columns={[
              { label: t("penyaluran.agen.nama") },
              { label: t("penyaluran.agen.desa") },
              { label: t("penyaluran.agen.bank") },
              { label: t("penyaluran.agen.user") },
            ]}
          >
            {items.map((agent) => (
              <Table.Tr key={`${agent.desa.code}:${agent.idAgen}`} data-testid="agent-row">
                <Table.Td>
                  <Text size="sm">{agent.nama}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {agent.idAgen}
                  </Text>
                </Table.Td>
                <Table.Td>{agent.desa.name}</Table.Td>
                <Table.Td>{agent.bank}</Table.Td>
                <Table.Td>
                  {agent.user ? (
                    <Text size="sm">{agent.user.username}</Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t("penyaluran.agen.noUser")}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </ScrollTable>
        </>
      )}
    </SectionCard>
  );
}
