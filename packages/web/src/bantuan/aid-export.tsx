import { Button, Card, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { aidOverlapExportUrl } from "../api/aid-api.ts";

/** Plain download links: the browser saves the server's attachment; the server audits each download. */
export function AidExport({ desa }: { desa: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid="aid-export">
      <Text size="sm" fw={600}>
        {t("aid.exportTitle")}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t("aid.exportHelp")}
      </Text>
      <Group gap="xs">
        {(["csv", "xlsx"] as const).map((format) => (
          <Button
            key={format}
            component="a"
            href={aidOverlapExportUrl(desa, format)}
            download
            variant="light"
            size="xs"
            data-testid={`aid-export-${format}`}
          >
            {format === "csv" ? t("aid.exportCsv") : t("aid.exportXlsx")}
          </Button>
        ))}
      </Group>
    </Card>
  );
}
