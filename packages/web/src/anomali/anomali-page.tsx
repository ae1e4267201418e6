import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function AnomaliPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={1100} data-testid="anomali-page">
      <Title order={2}>{t("anomali.title")}</Title>
    </Stack>
  );
}
