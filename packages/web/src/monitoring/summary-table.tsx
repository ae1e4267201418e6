import { aspects6T, type TMonitoringSummaryRow } from "@kawal/core";
import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { numberColumn } from "../ui/scroll-table.tsx";
import { TableCard } from "../ui/table-card.tsx";
import { useAspectLabel } from "./aspect-label.ts";

const percent = (value: number | null) => (value === null ? "–" : `${value.toLocaleString("id-ID")} %`);

/** Per kecamatan of the user's area: agents, checked, average score, % met per Tepat, open follow-ups. */
export function SummaryTable({ items }: { items: TMonitoringSummaryRow[] }) {
  const { t } = useTranslation();
  const label = useAspectLabel();
  return (
    <TableCard
      testId="monitoring-summary"
      title={t("monitoring6t.summaryTitle")}
      isEmpty={items.length === 0}
      emptyText={t("monitoring6t.noAgents")}
      minWidth={760}
      columns={[
        { label: t("monitoring6t.kecamatan") },
        numberColumn(t("monitoring6t.agents")),
        numberColumn(t("monitoring6t.checked")),
        numberColumn(t("monitoring6t.averageScore")),
        ...aspects6T.map((a) => numberColumn(label(a), a)),
        numberColumn(t("monitoring6t.openFollowUps")),
      ]}
    >
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
    </TableCard>
  );
}
