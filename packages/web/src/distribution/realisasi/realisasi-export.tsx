import { Button, Card, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { realisasiExportUrl } from "../../api/reconcile-api.ts";

const formats = ["csv", "xlsx", "pdf"] as const;

/** The report as CSV, XLSX or PDF: plain links, so the browser saves the server's attachment. */
export function RealisasiExport({ program, periode }: { program: string; periode: string }) {
  const { t } = useTranslation();
  const label = {
    csv: t("rekonsiliasi.exportCsv"),
    xlsx: t("rekonsiliasi.exportXlsx"),
    pdf: t("rekonsiliasi.exportPdf"),
  };
  return (
    <Card withBorder padding="sm" data-testid="realisasi-export">
      <Text size="sm" fw={600}>
        {t("rekonsiliasi.exportTitle")}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t("rekonsiliasi.exportHelp")}
      </Text>
      <Group gap="xs">
        {formats.map((format) => (
          <Button
            key={format}
            component="a"
            href={realisasiExportUrl(program, periode, format)}
            download
            variant="light"
            size="xs"
            data-testid={`realisasi-export-${format}`}
          >
            {label[format]}
          </Button>
        ))}
      </Group>
    </Card>
  );
}
