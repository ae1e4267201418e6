import type { TAnomalyEvidence, TAnomalyTransaction } from "@kawal/core";
import { Alert, Stack, Table, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../aid/aid-format.ts";
import { numberColumn, ScrollTable } from "../ui/scroll-table.tsx";
import { useAnomalyLabels } from "./anomaly-labels.ts";

/** The transactions behind a finding; the table scrolls in its own box on a phone. */
function TransactionTable({ items }: { items: TAnomalyTransaction[] }) {
  const { t } = useTranslation();
  const labels = useAnomalyLabels();
  return (
    <ScrollTable
      minWidth={520}
      striped
      withTableBorder
      data-testid="anomaly-transactions"
      columns={[
        { label: t("anomali.evidence.colTime") },
        { label: t("anomali.evidence.colCard") },
        numberColumn(t("anomali.evidence.colAmount")),
        { label: t("anomali.evidence.colAgent") },
        { label: t("anomali.evidence.colId") },
      ]}
    >
      {items.map((x) => (
        <Table.Tr key={x.idTransaksi} data-testid="anomaly-transaction">
          <Table.Td>{labels.dateTime(x.waktu)}</Table.Td>
          <Table.Td ff="monospace">{x.noKks}</Table.Td>
          <Table.Td ta="right">{formatRupiah(x.nominal)}</Table.Td>
          <Table.Td>{x.idAgen}</Table.Td>
          <Table.Td ff="monospace">{x.idTransaksi}</Table.Td>
        </Table.Tr>
      ))}
    </ScrollTable>
  );
}

/** What proves a finding, laid out per kind in plain words, then the transactions. */
export function AnomalyEvidence({ bukti }: { bukti: TAnomalyEvidence }) {
  const { t } = useTranslation();
  const labels = useAnomalyLabels();
  const summary = (text: string, detail?: string) => (
    <Alert color="orange" variant="light" data-testid="anomaly-summary">
      <Text fw={600}>{text}</Text>
      {detail && <Text size="sm">{detail}</Text>}
    </Alert>
  );
  let head: ReactNode;
  let transactions: TAnomalyTransaction[];
  switch (bukti.jenis) {
    case "pengurus_meninggal":
    case "pengurus_pindah": {
      const dead = bukti.jenis === "pengurus_meninggal";
      head = summary(
        t(dead ? "anomali.evidence.deadSummary" : "anomali.evidence.movedSummary", {
          count: bukti.hariSetelah,
        }),
        t(dead ? "anomali.evidence.deadDate" : "anomali.evidence.movedDate", {
          name: bukti.namaPengurus ?? "—",
          nik: bukti.nikPengurus,
          date: labels.date(bukti.tanggalPeristiwa),
        }),
      );
      transactions = [bukti.transaksi];
      break;
    }
    case "kartu_di_staf":
      head = summary(
        t("anomali.evidence.stafSummary"),
        t("anomali.evidence.stafHolder", {
          name: bukti.pemegang.nama ?? "—",
          date: labels.date(bukti.pemegang.sejak),
        }),
      );
      transactions = [bukti.transaksi];
      break;
    case "banyak_kartu_satu_agen":
      head = summary(
        t("anomali.evidence.burstSummary", {
          count: bukti.jumlahKartu,
          from: labels.dateTime(bukti.mulai),
          to: labels.dateTime(bukti.selesai),
        }),
      );
      transactions = bukti.transaksi;
      break;
    case "dibayar_dua_kali":
      head = summary(
        t("anomali.evidence.twiceSummary", {
          count: bukti.jumlah,
          total: formatRupiah(bukti.total),
          nominal: formatRupiah(bukti.nominalDaftar),
        }),
      );
      transactions = bukti.transaksi;
      break;
    case "melebihi_nominal":
      head = summary(
        t("anomali.evidence.overSummary", {
          amount: formatRupiah(bukti.transaksi.nominal),
          nominal: formatRupiah(bukti.nominalDaftar),
        }),
      );
      transactions = [bukti.transaksi];
      break;
    case "kartu_tak_dikenal":
      head = summary(
        t("anomali.evidence.unknownSummary", { count: bukti.jumlah, total: formatRupiah(bukti.total) }),
      );
      transactions = bukti.transaksi;
      break;
  }
  return (
    <Stack gap="sm" data-testid="anomaly-evidence">
      {head}
      <Text fw={600} size="sm">
        {t("anomali.evidence.transactions")}
      </Text>
      <TransactionTable items={transactions} />
    </Stack>
  );
}
