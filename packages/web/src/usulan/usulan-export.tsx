import { Button, Card, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usulanExportUrl } from "../api/usulan-api.ts";

/** Plain download links: the browser saves the server's attachment; nothing passes through memory here. */
export function UsulanExport() {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid="usulan-export">
      <Text size="sm" fw={600}>
        {t("usulan.export")}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t("usulan.exportHelp")}
      </Text>
      <Group gap="xs">
        {(["csv", "xlsx"] as const).map((format) => (
          <Button
            key={format}
            component="a"
            href={usulanExportUrl("disetujui", format)}
            download
            variant="light"
            size="xs"
            data-testid={`usulan-export-${format}`}
          >
            {format === "csv" ? t("usulan.exportCsv") : t("usulan.exportXlsx")}
          </Button>
        ))}
      </Group>
    </Card>
  );
}
