import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function KartuPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={1100} data-testid="kartu-page">
      <Title order={2}>{t("kartu.title")}</Title>
    </Stack>
  );
}
