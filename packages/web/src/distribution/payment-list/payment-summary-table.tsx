import type { TPaymentSummaryRow } from "@kawal/core";
import { Badge, Button, Card, Group, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../aid/aid-format.ts";

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
    <Card withBorder data-testid="payment-summary">
      <Title order={3} size="h4" mb="sm">
        {t("penyaluran.daftar.summaryTitle")}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="payment-summary-empty">
          {t("penyaluran.daftar.empty")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("penyaluran.daftar.desa")}</Table.Th>
                <Table.Th ta="right">{t("penyaluran.daftar.keluarga")}</Table.Th>
                <Table.Th ta="right">{t("penyaluran.daftar.nominal")}</Table.Th>
                <Table.Th>{t("penyaluran.daftar.status")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
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
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t("penyaluran.daftar.total")}</Table.Th>
                <Table.Th ta="right">{sum((r) => r.keluarga)}</Table.Th>
                <Table.Th ta="right">{formatRupiah(sum((r) => r.nominal))}</Table.Th>
                <Table.Th colSpan={2} />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
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
