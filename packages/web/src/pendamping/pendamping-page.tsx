import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Companions' caseloads: table, map of assigned desa, handovers. */
export function PendampingPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={1100}>
      <Title order={2}>{t("menu.pendamping")}</Title>
    </Stack>
  );
}
