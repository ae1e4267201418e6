import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The programme catalogue and its dated rules. */
export function ProgramPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={1100}>
      <Title order={2}>{t("menu.program")}</Title>
    </Stack>
  );
}
