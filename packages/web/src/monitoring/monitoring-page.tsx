import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function MonitoringPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={1100} data-testid="monitoring-page">
      <Title order={2}>{t("monitoring6t.title")}</Title>
    </Stack>
  );
}
