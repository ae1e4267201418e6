import { isLowRealisasi, type TRealisasiReport } from "@kawal/core";
import { Badge, Button, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { formatRupiah } from "../../aid/aid-format.ts";
import { numberColumn, ScrollTable } from "../../ui/scroll-table.tsx";
import { SectionCard } from "../../ui/section-card.tsx";

/** Quota against realised per desa, lowest realisation first, rows below the threshold marked. */
export function RealisasiTable({ report }: { report: TRealisasiReport }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const rows = [...report.rows].sort((a, b) => a.persen - b.persen || a.desa.name.localeCompare(b.desa.name));
  return (
    <SectionCard testId="realisasi-table" title={t("rekonsiliasi.tableTitle")} titleSize="h5">
      <ScrollTable
        minWidth={640}
        columns={[
          { label: t("rekonsiliasi.desa") },
          numberColumn(t("rekonsiliasi.kuota")),
          numberColumn(t("rekonsiliasi.realisasi")),
          numberColumn(t("rekonsiliasi.persen")),
          numberColumn(t("rekonsiliasi.belum")),
          numberColumn(t("rekonsiliasi.nominalDaftar")),
          numberColumn(t("rekonsiliasi.nominalRealisasi")),
          {},
        ]}
        foot={
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{t("rekonsiliasi.total")}</Table.Th>
              <Table.Th ta="right">{report.total.kuota}</Table.Th>
              <Table.Th ta="right">{report.total.realisasi}</Table.Th>
              <Table.Th ta="right">
                {report.total.persen.toLocaleString("id-ID", { maximumFractionDigits: 1 })}
              </Table.Th>
              <Table.Th ta="right">{report.total.belum}</Table.Th>
              <Table.Th ta="right">{formatRupiah(report.total.nominalDaftar)}</Table.Th>
              <Table.Th ta="right">{formatRupiah(report.total.nominalRealisasi)}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Tfoot>
        }
      >
        {rows.map((row) => {
          const low = isLowRealisasi(row);
          return (
            <Table.Tr
              key={row.desa.code}
              bg={low ? "var(--mantine-color-red-light)" : undefined}
              data-testid={`realisasi-row-${row.desa.code}`}
              data-low={low ? "true" : "false"}
            >
              <Table.Td>
                <Text size="sm">{row.desa.name}</Text>
                {low && (
                  <Badge color="red" size="xs" variant="filled" title={t("rekonsiliasi.lowHelp")}>
                    {t("rekonsiliasi.low")}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">{row.kuota}</Table.Td>
              <Table.Td ta="right">{row.realisasi}</Table.Td>
              <Table.Td ta="right" fw={600} data-testid="realisasi-persen">
                {row.persen.toLocaleString("id-ID", { maximumFractionDigits: 1 })}
              </Table.Td>
              <Table.Td ta="right">{row.belum}</Table.Td>
              <Table.Td ta="right">{formatRupiah(row.nominalDaftar)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(row.nominalRealisasi)}</Table.Td>
              <Table.Td>
                <Button
                  component={Link}
                  to={`/penyaluran/realisasi/${row.desa.code}${search}`}
                  size="compact-xs"
                  variant="subtle"
                  data-testid="realisasi-open"
                >
                  {t("rekonsiliasi.open")}
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </ScrollTable>
    </SectionCard>
  );
}
