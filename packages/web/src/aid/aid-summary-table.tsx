import type { TAidOverlapSummaryRow } from "@kawal/core";
import { Button, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { numberColumn } from "../ui/scroll-table.tsx";
import { TableCard } from "../ui/table-card.tsx";

interface TAidSummaryTableProps {
  items: TAidOverlapSummaryRow[];
  selected: string | null;
  onSelect: (code: string) => void;
}

/** Per desa of the user's area: families, eligible ones with no aid, and those with three sources or more. */
export function AidSummaryTable({ items, selected, onSelect }: TAidSummaryTableProps) {
  const { t } = useTranslation();
  return (
    <TableCard
      testId="aid-summary-table"
      title={t("aid.summaryTitle")}
      isEmpty={items.length === 0}
      emptyText={t("aid.emptyScope")}
      minWidth={320}
      highlightOnHover
      columns={[
        { label: t("aid.desa") },
        numberColumn(t("aid.families")),
        numberColumn(t("aid.withoutCount")),
        numberColumn(t("aid.piledCount")),
        {},
      ]}
    >
      {items.map((row) => (
        <Table.Tr
          key={row.desa.code}
          bg={row.desa.code === selected ? "var(--mantine-color-blue-light)" : undefined}
          data-testid={`aid-summary-${row.desa.code}`}
        >
          <Table.Td>
            <Text size="sm">{row.desa.name}</Text>
            <Text size="xs" c="dimmed">
              {row.desa.code}
            </Text>
          </Table.Td>
          <Table.Td ta="right">{row.families}</Table.Td>
          <Table.Td ta="right">{row.eligibleWithout}</Table.Td>
          <Table.Td ta="right">{row.piled}</Table.Td>
          <Table.Td>
            <Button size="compact-xs" variant="subtle" onClick={() => onSelect(row.desa.code)}>
              {t("aid.open")}
            </Button>
          </Table.Td>
        </Table.Tr>
      ))}
    </TableCard>
  );
}
