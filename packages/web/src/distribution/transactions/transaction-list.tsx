import { Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../aid/aid-format.ts";
import { type TTransaksiFilters, useTransaksiList } from "../../api/transaction-api.ts";
import { MoreButton } from "../../ui/more-button.tsx";
import { QueryState } from "../../ui/query-state.tsx";
import { SectionCard } from "../../ui/section-card.tsx";
import { itemLabel } from "./het-lookup.ts";

const timeFormat = new Intl.DateTimeFormat("id-ID", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Asia/Jakarta",
});

/**
 * Transactions newest first, twenty at a time, as cards that read on a 360 px phone: time, amount,
 * status, the masked card, the agent, and each goods line with its HET and a mark when above it.
 */
export function TransactionList({ filters, title }: { filters: TTransaksiFilters; title: string }) {
  const { t } = useTranslation();
  const list = useTransaksiList(filters);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <SectionCard testId="transaksi-list" title={title} titleSize="h5">
      <QueryState
        query={list}
        isEmpty={() => items.length === 0}
        emptyText={t("transaksi.none")}
        emptyTestId="transaksi-none"
      >
        {() => (
          <Stack gap="xs">
            {items.map((item) => (
              <Paper
                key={`${item.desaCode}-${item.idTransaksi}`}
                withBorder
                p="xs"
                data-testid="transaksi-row"
              >
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Text size="sm" fw={600}>
                    {formatRupiah(item.nominal)}
                  </Text>
                  <Badge color={item.status === "berhasil" ? "teal" : "red"} variant="light">
                    {item.status === "berhasil" ? t("transaksi.statusBerhasil") : t("transaksi.statusGagal")}
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed">
                  {timeFormat.format(new Date(item.waktu))} · {item.periode} · {item.program}
                </Text>
                <Text size="xs" ff="monospace" data-testid="transaksi-row-kks">
                  {item.noKks}
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                  {item.namaAgen ?? item.idAgen} ({item.idAgen}) ·{" "}
                  {item.sumber === "agen" ? t("transaksi.sumberAgen") : t("transaksi.sumberImpor")}
                  {item.alasan ? ` · ${item.alasan}` : ""}
                </Text>
                {item.items.map((line) => (
                  <Group key={line.baris} gap={6} wrap="wrap" data-testid="transaksi-row-item">
                    <Text size="xs">
                      {itemLabel(line.komoditas)} {line.jumlah} {itemLabel(line.satuan)} ×{" "}
                      {formatRupiah(line.hargaSatuan)}
                    </Text>
                    {line.diAtasHet && (
                      <Badge color="orange" size="xs" data-testid="transaksi-row-above-het">
                        {t("transaksi.aboveHetBadge")} {line.het === null ? "" : formatRupiah(line.het)}
                      </Badge>
                    )}
                  </Group>
                ))}
              </Paper>
            ))}
            <MoreButton query={list} label={t("transaksi.more")} testId="transaksi-more" />
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
