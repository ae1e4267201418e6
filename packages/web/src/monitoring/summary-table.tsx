import { aspects6T, type TMonitoringSummaryRow } from "@kawal/core";
import { Card, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAspectLabel } from "./aspect-label.ts";

const percent = (value: number | null) => (value === null ? "–" : `${value.toLocaleString("id-ID")} %`);

/** Per kecamatan of the user's area: agents, checked, average score, % met per Tepat, open follow-ups. */
export function SummaryTable({ items }: { items: TMonitoringSummaryRow[] }) {
  const { t } = useTranslation();
  const label = useAspectLabel();
  return (
    <Card withBorder data-testid="monitoring-summary">
      <Title order={3} size="h4" mb="sm">
        {t("monitoring6t.summaryTitle")}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("monitoring6t.noAgents")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("monitoring6t.kecamatan")}</Table.Th>
                <Table.Th ta="right">{t("monitoring6t.agents")}</Table.Th>
                <Table.Th ta="right">{t("monitoring6t.checked")}</Table.Th>
                <Table.Th ta="right">{t("monitoring6t.averageScore")}</Table.Th>
                {aspects6T.map((a) => (
                  <Table.Th key={a} ta="right">
                    {label(a)}
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t("monitoring6t.openFollowUps")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((row) => (
                <Table.Tr key={row.kecamatan.code} data-testid={`monitoring-summary-${row.kecamatan.code}`}>
                  <Table.Td>{row.kecamatan.name}</Table.Td>
                  <Table.Td ta="right">{row.agen}</Table.Td>
                  <Table.Td ta="right" data-testid="summary-checked">
                    {row.diperiksa}
                  </Table.Td>
                  <Table.Td ta="right" data-testid="summary-score">
                    {row.rataSkor === null ? "–" : row.rataSkor.toLocaleString("id-ID")}
                  </Table.Td>
                  {aspects6T.map((a) => (
                    <Table.Td key={a} ta="right">
                      {percent(row.persenSesuai[a])}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right" data-testid="summary-open">
                    {row.tindakLanjutTerbuka}
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
