import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Aid overlap per desa and the non-government aid ledger. */
export function BantuanPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={1100}>
      <Title order={2}>{t("menu.bantuan")}</Title>
    </Stack>
  );
}
