import type { TAidOverlapSummaryRow } from "@kawal/core";
import { Button, Card, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

interface TAidSummaryTableProps {
  items: TAidOverlapSummaryRow[];
  selected: string | null;
  onSelect: (code: string) => void;
}

/** Per desa of the user's area: families, eligible ones with no aid, and those with three sources or more. */
export function AidSummaryTable({ items, selected, onSelect }: TAidSummaryTableProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder data-testid="aid-summary-table">
      <Title order={3} size="h4" mb="sm">
        {t("aid.summaryTitle")}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("aid.emptyScope")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("aid.desa")}</Table.Th>
                <Table.Th ta="right">{t("aid.families")}</Table.Th>
                <Table.Th ta="right">{t("aid.withoutCount")}</Table.Th>
                <Table.Th ta="right">{t("aid.piledCount")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
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
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
