import { Anchor, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAidLedger } from "../api/aid-api.ts";
import { MoreButton } from "../ui/more-button.tsx";
import { QueryState } from "../ui/query-state.tsx";
import { numberColumn, ScrollTable } from "../ui/scroll-table.tsx";
import { SectionCard } from "../ui/section-card.tsx";
import { formatRupiah } from "./aid-format.ts";

/** The gifts recorded in one desa, newest first, twenty at a time. */
export function AidLedger({ desa }: { desa: string }) {
  const { t } = useTranslation();
  const ledger = useAidLedger(desa);
  const items = ledger.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <SectionCard testId="aid-ledger" title={t("aid.ledgerTitle")} titleSize="h5">
      <QueryState query={ledger} isEmpty={() => items.length === 0} emptyText={t("aid.none")}>
        {() => (
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
            <MoreButton query={ledger} label={t("aid.more")} testId="aid-ledger-more" />
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
