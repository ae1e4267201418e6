import type { TMonitoringSupport } from "@kawal/core";
import { Card, List, SimpleGrid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../aid/aid-format.ts";

/** What the agent's records of the period say, beside the checklist: hints for the checker, nothing more. */
export function SupportHints({ support: s }: { support: TMonitoringSupport }) {
  const { t } = useTranslation();
  return (
    <Card withBorder data-testid="checklist-support">
      <Title order={3} size="h4">
        {t("monitoring6t.supportTitle")}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t("monitoring6t.supportHelp")}
      </Text>
      <Text size="sm" mb="sm" data-testid="support-counts">
        {t("monitoring6t.supportCounts", { berhasil: s.transaksi.berhasil, gagal: s.transaksi.gagal })}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Hint title={t("monitoring6t.aboveHet", { count: s.diAtasHet.jumlah })} testId="support-het">
          {s.diAtasHet.contoh.map((x) => (
            <List.Item key={`${x.idTransaksi}-${x.komoditas}`}>
              {x.tanggal} · {x.komoditas} {formatRupiah(x.hargaSatuan)}/{x.satuan} (HET {formatRupiah(x.het)})
            </List.Item>
          ))}
        </Hint>
        <Hint
          title={t("monitoring6t.beforeInjection", { count: s.sebelumInjeksi.jumlah })}
          testId="support-early"
        >
          {s.sebelumInjeksi.contoh.map((x) => (
            <List.Item key={x.idTransaksi}>
              {x.tanggal} · {x.idTransaksi} ({t("monitoring6t.injectedOn", { tanggal: x.terinjek })})
            </List.Item>
          ))}
        </Hint>
        <Hint
          title={
            s.jadwal.hari.length === 0
              ? t("monitoring6t.noSchedule")
              : t("monitoring6t.outsideSchedule", {
                  count: s.jadwal.luarJadwal,
                  hari: s.jadwal.hari.join(", "),
                })
          }
          testId="support-schedule"
        >
          {s.jadwal.contoh.map((x) => (
            <List.Item key={x.idTransaksi}>
              {x.tanggal} · {x.idTransaksi}
            </List.Item>
          ))}
        </Hint>
        <Hint title={t("monitoring6t.failedByReason")} testId="support-failed">
          {s.gagalPerAlasan.map((x) => (
            <List.Item key={x.alasan}>
              {x.alasan}: {x.jumlah}
            </List.Item>
          ))}
        </Hint>
      </SimpleGrid>
    </Card>
  );
}

function Hint({ title, testId, children }: { title: string; testId: string; children: React.ReactNode[] }) {
  return (
    <Card withBorder padding="xs" data-testid={testId}>
      <Text size="sm" fw={500}>
        {title}
      </Text>
      {children.length > 0 && (
        <List size="xs" spacing={2} mt={4}>
          {children}
        </List>
      )}
    </Card>
  );
}
