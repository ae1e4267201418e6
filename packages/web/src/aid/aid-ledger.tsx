import { Anchor, Button, Card, Loader, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAidLedger } from "../api/aid-api.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { numberColumn, ScrollTable } from "../ui/scroll-table.tsx";
import { formatRupiah } from "./aid-format.ts";

/** The gifts recorded in one desa, newest first, twenty at a time. */
export function AidLedger({ desa }: { desa: string }) {
  const { t } = useTranslation();
  const ledger = useAidLedger(desa);
  const items = ledger.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Card withBorder data-testid="aid-ledger">
      <Title order={3} size="h5" mb="sm">
        {t("aid.ledgerTitle")}
      </Title>
      {ledger.isPending ? (
        <Loader size="sm" />
      ) : ledger.isError ? (
        <ProblemAlert error={ledger.error} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("aid.none")}
        </Text>
      ) : (
        <Stack gap="xs">
          <ScrollTable
            minWidth={320}
            striped
            columns={[
              { label: t("aid.tanggal") },
              { label: t("aid.family") },
              { label: t("aid.pemberi") },
              numberColumn(t("aid.nilai")),
            ]}
          >
            {items.map((item) => (
              <Table.Tr key={item.id} data-testid="aid-ledger-row">
                <Table.Td>{item.tanggal}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/keluarga/${item.familyId}`} size="sm">
                    {item.kepala ?? t("aid.noHead")}
                  </Anchor>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {item.noKk}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.pemberi}</Text>
                  <Text size="xs" c="dimmed">
                    {t(`aid.form.${item.bentuk}`)}
                    {item.uraian ? ` · ${item.uraian}` : ""}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatRupiah(item.nilai)}</Table.Td>
              </Table.Tr>
            ))}
          </ScrollTable>
          {ledger.hasNextPage && (
            <Button
              variant="default"
              size="xs"
              onClick={() => void ledger.fetchNextPage()}
              loading={ledger.isFetchingNextPage}
              data-testid="aid-ledger-more"
            >
              {t("aid.more")}
            </Button>
          )}
        </Stack>
      )}
    </Card>
  );
}
