import type { TPaymentSummaryRow } from "@kawal/core";
import { Badge, Button, Group, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../aid/aid-format.ts";
import { numberColumn } from "../../ui/scroll-table.tsx";
import { TableCard } from "../../ui/table-card.tsx";

interface TProps {
  items: TPaymentSummaryRow[];
  selected: string | null;
  onSelect: (code: string) => void;
}

/** Per desa of the user's area: listed families, the amount, and the injection counts. */
export function PaymentSummaryTable({ items, selected, onSelect }: TProps) {
  const { t } = useTranslation();
  const sum = (pick: (row: TPaymentSummaryRow) => number) => items.reduce((s, row) => s + pick(row), 0);
  return (
    <TableCard
      testId="payment-summary"
      title={t("penyaluran.daftar.summaryTitle")}
      isEmpty={items.length === 0}
      emptyText={t("penyaluran.daftar.empty")}
      emptyTestId="payment-summary-empty"
      minWidth={520}
      highlightOnHover
      columns={[
        { label: t("penyaluran.daftar.desa") },
        numberColumn(t("penyaluran.daftar.keluarga")),
        numberColumn(t("penyaluran.daftar.nominal")),
        { label: t("penyaluran.daftar.status") },
        {},
      ]}
      foot={
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>{t("penyaluran.daftar.total")}</Table.Th>
            <Table.Th ta="right">{sum((r) => r.keluarga)}</Table.Th>
            <Table.Th ta="right">{formatRupiah(sum((r) => r.nominal))}</Table.Th>
            <Table.Th colSpan={2} />
          </Table.Tr>
        </Table.Tfoot>
      }
    >
      {items.map((row) => (
        <Table.Tr
          key={row.desa.code}
          bg={row.desa.code === selected ? "var(--mantine-color-blue-light)" : undefined}
          data-testid={`payment-summary-${row.desa.code}`}
        >
          <Table.Td>
            <Text size="sm">{row.desa.name}</Text>
            <Text size="xs" c="dimmed">
              {row.kecamatan.name}
            </Text>
          </Table.Td>
          <Table.Td ta="right">{row.keluarga}</Table.Td>
          <Table.Td ta="right">{formatRupiah(row.nominal)}</Table.Td>
          <Table.Td>
            <InjectionCounts row={row} />
          </Table.Td>
          <Table.Td>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => onSelect(row.desa.code)}
              data-testid="payment-summary-open"
            >
              {t("penyaluran.daftar.open")}
            </Button>
          </Table.Td>
        </Table.Tr>
      ))}
    </TableCard>
  );
}

/** The three injection counts as small badges; a zero is left out. */
export function InjectionCounts({ row }: { row: { belum: number; terinjek: number; gagal: number } }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap" data-testid="injection-counts">
      {row.terinjek > 0 && (
        <Badge color="teal" variant="light" data-testid="count-terinjek">
          {t("penyaluran.daftar.terinjek")} {row.terinjek}
        </Badge>
      )}
      {row.belum > 0 && (
        <Badge color="gray" variant="light" data-testid="count-belum">
          {t("penyaluran.daftar.belum")} {row.belum}
        </Badge>
      )}
      {row.gagal > 0 && (
        <Badge color="red" variant="light" data-testid="count-gagal">
          {t("penyaluran.daftar.gagal")} {row.gagal}
        </Badge>
      )}
    </Group>
  );
}
