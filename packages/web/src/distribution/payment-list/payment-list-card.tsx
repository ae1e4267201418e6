import type { TInjectionStatus } from "@kawal/core";
import { Anchor, Badge, Button, Card, Group, Loader, Stack, Table, Text, Title } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatRupiah } from "../../aid/aid-format.ts";
import { useMe } from "../../api/auth-api.ts";
import { usePaymentList } from "../../api/distribution-api.ts";
import { CursorPager } from "../../ui/cursor-pager.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { numberColumn, ScrollTable } from "../../ui/scroll-table.tsx";
import { useCursorPages } from "../../ui/use-cursor-pages.ts";

const statusColor: Record<TInjectionStatus, string> = { belum: "gray", terinjek: "teal", gagal: "red" };

/**
 * One desa's payment list for the period, 25 families a page, numbers masked. A family's name opens its
 * page for those who may read the registry (not a bank).
 */
export function PaymentListCard(props: {
  program: string;
  periode: string;
  desa: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const canOpenFamily = useMe().data?.permissions.includes("registry.read") ?? false;
  const pages = useCursorPages();
  const { reset } = pages;
  // Another desa or period is another list: start at its first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the inputs are the reason to reset.
  useEffect(() => reset(), [props.program, props.periode, props.desa, reset]);
  const list = usePaymentList(props.program, props.periode, props.desa, pages.cursor);
  const page = list.data;
  return (
    <Card withBorder data-testid="payment-list">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={3} size="h4">
          {t("penyaluran.daftar.listTitle", { desa: page?.desa.name ?? props.desa })}
        </Title>
        <Button size="compact-sm" variant="default" onClick={props.onClose}>
          {t("penyaluran.daftar.close")}
        </Button>
      </Group>
      {list.isError ? (
        <ProblemAlert error={list.error} />
      ) : !page ? (
        <Loader size="sm" />
      ) : (
        <Stack gap="xs">
          <ScrollTable
            minWidth={560}
            striped
            columns={[
              { label: t("penyaluran.daftar.pengurus") },
              { label: t("penyaluran.daftar.noKks") },
              numberColumn(t("penyaluran.daftar.nominal")),
              { label: t("penyaluran.daftar.status") },
            ]}
          >
            {page.items.map((item) => (
              <Table.Tr key={item.id} data-testid="payment-list-row">
                <Table.Td>
                  {item.familyId && canOpenFamily ? (
                    <Anchor component={Link} to={`/keluarga/${item.familyId}`} size="sm">
                      {item.pengurus ?? item.noKk}
                    </Anchor>
                  ) : (
                    <Text size="sm">{item.pengurus ?? "—"}</Text>
                  )}
                  <Text size="xs" c="dimmed" ff="monospace">
                    {t("penyaluran.daftar.noKk")} {item.noKk}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {item.noKks}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {item.bank}
                    {item.tahap ? ` · ${t("penyaluran.daftar.tahap", { tahap: item.tahap })}` : ""}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatRupiah(item.nominal)}</Table.Td>
                <Table.Td>
                  <Badge color={statusColor[item.statusInjeksi]} variant="light" data-testid="payment-status">
                    {t(`penyaluran.daftar.statusLabel.${item.statusInjeksi}`)}
                  </Badge>
                  {item.terinjekPada && (
                    <Text size="xs" c="dimmed">
                      {item.terinjekPada}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </ScrollTable>
          <CursorPager
            pages={pages}
            nextCursor={page.nextCursor}
            loading={list.isFetching}
            middle={
              <Text size="sm" c="dimmed">
                {t("penyaluran.daftar.page", { page: pages.page })}
              </Text>
            }
          />
        </Stack>
      )}
    </Card>
  );
}
